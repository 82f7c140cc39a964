// Turns the bytes of a text file (an article to ingest, a content file an editor saved) into a string, refusing
// binary files and text that is not UTF-8, so no byte is ever published as U+FFFD.

import { DossierError } from '../errors.ts';

/** What the reader of a file tells its author to do: save it as UTF-8 and then `again`; `binary`, for a binary file. */
export interface DecodeHints {
  again: string;
  binary: string;
}

/** Decodes UTF-8 (a leading BOM is dropped); throws a DossierError naming the line of the first bad byte. */
export function decodeTextFile(bytes: Uint8Array, file: string, hints: DecodeHints): string {
  const saveAsUtf8 = `Save it as UTF-8 text and ${hints.again}.`;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DossierError('The file is UTF-16 text, not UTF-8.', saveAsUtf8, { file });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DossierError(
      'The file looks binary (it contains NUL bytes), not like plain text.',
      hints.binary,
      { file, line: lineAt(bytes, nul) },
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DossierError('The file is not valid UTF-8 text.', saveAsUtf8, {
      file,
      line: lineAt(bytes, firstInvalidByte(bytes)),
    });
  }
}

/** Offset at which a streaming strict decoder first gives up (only called when decoding failed). */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  return bytes.length - 1; // a sequence cut short by the end of the file
}

/** 1-based line number of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
