// Bounds on what the per-sentence and per-word work of the analysis sees, so its cost grows linearly with any
// input: a text without full stops or spaces (a pasted table, a run of characters) is no sentence or word of news
// English, and the part-of-speech model and the cue patterns scan a whole sentence or word for each thing in it.
// Below the limits nothing changes; README.md ("Limits") documents them.

/** The longest sentence analysed as one, in UTF-16 units; a longer one is analysed in pieces cut at word breaks. */
export const SENTENCE_LIMIT = 1000;

/** The longest run of non-space characters the model reads as a word; a longer one is read as space. */
export const WORD_LIMIT = 100;

/**
 * The text with every run of more than WORD_LIMIT non-space characters replaced by as many spaces: same length, so
 * every offset still points into the text as written. (wink's feature patterns backtrack over a whole word for
 * each of its letters: a 300 KB word took minutes.)
 */
export function blankLongWords(text: string): string {
  return text.replace(new RegExp(`\\S{${WORD_LIMIT + 1},}`, 'g'), (word) => ' '.repeat(word.length));
}

interface TokenSpan {
  start: number;
  end: number;
}

interface SentenceSpan extends TokenSpan {
  firstToken: number;
  endToken: number;
}

/** A sentence cut into pieces of at most SENTENCE_LIMIT units at token boundaries (one piece when it is short). */
export function boundedSentences<S extends SentenceSpan>(sentence: S, tokens: TokenSpan[]): SentenceSpan[] {
  if (sentence.end - sentence.start <= SENTENCE_LIMIT) return [sentence];
  const pieces: SentenceSpan[] = [];
  let first = sentence.firstToken;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    if (i > first && tokens[i]!.end - tokens[first]!.start > SENTENCE_LIMIT) {
      pieces.push({ start: tokens[first]!.start, end: tokens[i - 1]!.end, firstToken: first, endToken: i });
      first = i;
    }
  }
  pieces.push({ start: tokens[first]!.start, end: tokens[sentence.endToken - 1]!.end, firstToken: first, endToken: sentence.endToken });
  return pieces;
}
