// A paragraph's text in normal form (normaliseParagraph) with, for each of its characters, where it was written.
import { DROPPED_CHARACTERS, normaliseParagraph } from '../text/normalise-text.ts';

export interface NormalisedText {
  /** normaliseParagraph of the text as written. */
  text: string;
  /** For each UTF-16 unit of `text`, the range [from, to) of the written text it was made from. */
  from: number[];
  to: number[];
}

/** A piece of the written text that becomes one piece of the normal form: a run of white space, or a character with its marks. */
interface Cell {
  value: string;
  from: number;
  to: number;
  space: boolean;
}

const DROPPED = new RegExp(`^(?:${DROPPED_CHARACTERS.source})$`);
const SPACE = /^\s$/;
/** What NFC may compose with the character before it: combining marks and the medial and final Hangul jamo. */
const COMPOSES_WITH_PREVIOUS = /^[\p{M}\u1160-\u11FF]$/u;

/**
 * The normal form of `written` (control and invisible characters dropped, white-space runs made one space, trimmed, NFC), and
 * where each of its units came from, so an offset into the normal form can be found in the text as written.
 * Undefined in the unlikely case that the pieces, normalised one by one, do not give normaliseParagraph(written):
 * no offset is then mapped rather than one mapped wrong.
 */
export function normaliseWithOffsets(written: string): NormalisedText | undefined {
  const cells: Cell[] = [];
  let at = 0;
  for (const character of written) {
    const from = at;
    at += character.length;
    const last = cells.at(-1);
    if (DROPPED.test(character)) continue;
    const space = SPACE.test(character);
    if (last && last.space === space && (space || COMPOSES_WITH_PREVIOUS.test(character))) {
      if (!space) last.value += character;
      last.to = at;
    } else {
      cells.push({ value: space ? ' ' : character, from, to: at, space });
    }
  }
  while (cells[0]?.space) cells.shift();
  while (cells.at(-1)?.space) cells.pop();
  const out: NormalisedText = { text: '', from: [], to: [] };
  for (const cell of cells) {
    const value = cell.value.normalize('NFC');
    out.text += value;
    for (let unit = 0; unit < value.length; unit++) {
      out.from.push(cell.from);
      out.to.push(cell.to);
    }
  }
  return out.text === normaliseParagraph(written) ? out : undefined;
}
