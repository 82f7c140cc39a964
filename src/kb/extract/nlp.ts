// wink-nlp wrapper: sentences and part-of-speech tokens with character offsets into the original text.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { blankLongWords, boundedSentences } from './bounded-text.ts';

export interface PosToken {
  start: number;
  end: number;
  text: string;
  pos: string;
  /** The word, lower-cased, is not in the model's vocabulary (a name rather than a common word). */
  oov: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last. */
  firstToken: number;
  endToken: number;
}

export interface TextAnalysis {
  tokens: PosToken[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
let firstUnknownId = 0;
const vocabulary = new Map<string, boolean>();

function load(): Nlp {
  if (nlp) return nlp;
  // Only sentence breaks and part-of-speech tags are used: the rest of wink's default pipe (negation,
  // sentiment, its own entity recogniser) would cost a third of the analysis for nothing.
  nlp = winkNLP(model, ['sbd', 'pos']);
  // wink gives a word it has never seen an id above its lexicon (observed, not documented): read one to find the limit.
  firstUnknownId = nlp.readDoc('qxzvkjwp').tokens().out(nlp.its.uniqueId)[0] as unknown as number;
  return nlp;
}

/** Is the lower-case form of a word an ordinary English word the model knows? */
export function isKnownWord(word: string): boolean {
  const n = load();
  const lower = word.toLowerCase();
  let known = vocabulary.get(lower);
  if (known === undefined) {
    const id = n.readDoc(lower).tokens().out(n.its.uniqueId)[0] as unknown as number;
    known = id < firstUnknownId;
    vocabulary.set(lower, known);
  }
  return known;
}

const commonWords = new Map<string, boolean>();

/** Is a capitalised word, lower-cased, an ordinary English word ("Split", "Reading", "Mobile") rather than a name the
 * model knows ("Antwerp", "Michigan")? Read from the model's tag for the lower-case word on its own. */
export function isCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  let common = commonWords.get(lower);
  if (common === undefined) {
    if (!isKnownWord(lower)) common = false;
    else {
      const n = load();
      common = (n.readDoc(lower).tokens().out(n.its.pos) as string[]).some((p) => p !== 'PROPN');
    }
    commonWords.set(lower, common);
  }
  return common;
}

const LETTERS = /^[\p{L}\p{M}]+$/u;

export function analyseText(text: string): TextAnalysis {
  const n = load();
  const its = n.its;
  const doc = n.readDoc(blankLongWords(text));
  const values = doc.tokens().out();
  const pos = doc.tokens().out(its.pos);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const tokens: PosToken[] = [];
  /** Our token for each of wink's (pieces glued into one word share it). */
  const ours: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    let start = at + (spaces[i] ?? '').length;
    if (text.slice(start, start + value.length) !== value) {
      // wink may normalise a token; fall back to searching for it.
      const found = text.indexOf(value, at);
      start = found >= 0 ? found : start;
    }
    const end = start + value.length;
    const prev = tokens[tokens.length - 1];
    if (prev && prev.end === start && LETTERS.test(prev.text) && LETTERS.test(value) && (/[^\0-\x7f]/.test(prev.text) || /[^\0-\x7f]/.test(value))) {
      // wink cuts words at letters beyond Latin-1 ("Dren" "č" "i" "ć"): glued letter pieces are one word
      prev.end = end;
      prev.text = text.slice(prev.start, end);
      if (/^\p{Lu}/u.test(prev.text)) {
        prev.pos = 'PROPN';
        prev.oov = !isKnownWord(prev.text);
      }
      at = end;
      ours.push(tokens.length - 1);
      continue;
    }
    ours.push(tokens.length);
    tokens.push({ start, end, text: text.slice(start, end), pos: pos[i]!, oov: /^\p{Lu}/u.test(value) ? !isKnownWord(value) : false });
    at = end;
  }
  const sentences: Sentence[] = [];
  doc.sentences().each((s: ReturnType<ReturnType<typeof doc.sentences>["itemAt"]>) => {
    const ts = s.tokens();
    if (ts.length() === 0) return; // a text of spaces only (its long words blanked)
    const first = ours[ts.itemAt(0).index()]!;
    const last = ours[ts.itemAt(ts.length() - 1).index()]!;
    sentences.push({ start: tokens[first]!.start, end: tokens[last]!.end, firstToken: first, endToken: last + 1 });
  });
  return { tokens, sentences: joinAbbreviations(sentences, tokens).flatMap((s) => boundedSentences(s, tokens)) };
}

/** "their impact on U.S. workers": wink may end a sentence at an abbreviation's dot; a sentence of news English never
 * opens with a lower-case word, so one that does goes on from the sentence before when that ends with an abbreviation. */
function joinAbbreviations(sentences: Sentence[], tokens: PosToken[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out.at(-1);
    const last = prev ? tokens[prev.endToken - 1]!.text : '';
    if (prev && /^\p{Ll}/u.test(tokens[s.firstToken]!.text) && /\p{L}\.$/u.test(last)) {
      out[out.length - 1] = { ...prev, end: s.end, endToken: s.endToken };
    } else {
      out.push(s);
    }
  }
  return out;
}
