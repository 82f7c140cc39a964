// Turns the bytes of a plain-text article into a string, refusing binary files and text that is not UTF-8.

import { DossierError } from '../errors.ts';

const SAVE_AS_UTF8 = 'Save it as UTF-8 text and ingest it again.';

/** Decodes UTF-8 (a leading BOM is dropped); throws a DossierError naming the line of the first bad byte. */
export function decodeTextFile(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new DossierError('The file is UTF-16 text, not UTF-8.', SAVE_AS_UTF8, { file });
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DossierError(
      'The file looks binary (it contains NUL bytes), not like plain text.',
      'Pass a plain-text article: the headline on line 1 and the text under it.',
      { file, line: lineAt(bytes, nul) },
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DossierError('The file is not valid UTF-8 text.', SAVE_AS_UTF8, {
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
