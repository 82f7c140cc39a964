// Turns the bytes of a web page into text, in the charset the HTTP header or the page itself declares.

import { DossierError } from '../errors.ts';

/** How far into the page a `<meta charset>` is looked for (HTML requires it within the first 1024 bytes). */
const SNIFF_BYTES = 2048;

/**
 * The page's text: the charset of the Content-Type header when given, else a byte-order mark, else the page's
 * `<meta charset>` or `<meta http-equiv="Content-Type">`, else UTF-8, falling back to windows-1252 (what browsers
 * assume of old pages) when the bytes are not valid UTF-8. An unknown charset is a DossierError naming `file`.
 */
export function decodeHtml(bytes: Uint8Array, file: string, contentType?: string): string {
  const label = charsetOf(contentType ?? '') ?? bomCharset(bytes) ?? charsetOf(metaDeclaration(bytes));
  if (label !== undefined) return decode(bytes, label, file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function decode(bytes: Uint8Array, label: string, file: string): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    throw new DossierError(
      `The page declares the charset \`${label}\`, which Dossier does not know.`,
      'Save the page again as UTF-8 (most browsers do so with "Save page as… Web page, HTML only").',
      { file, field: 'charset' },
    );
  }
}

/** `charset=…` in a Content-Type value or a meta declaration. */
function charsetOf(text: string): string | undefined {
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(text)?.[1];
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** The first `<meta …charset…>` tag of the page's head, read as ASCII. */
function metaDeclaration(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return /<meta\b[^>]*charset[^>]*>/i.exec(head)?.[0] ?? '';
}
