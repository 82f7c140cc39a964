// Storage and work per mention are bounded: a sentence without full stops, or a word without spaces, costs in
// proportion to its length. Counted (characters stored, lengths analysed), never timed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SENTENCE_LIMIT, WORD_LIMIT, blankLongWords } from '../../../src/kb/extract/bounded-text.ts';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { QUOTE_LIMIT, quoteAround } from '../../../src/kb/extract/mention-quote.ts';
import { analyseText } from '../../../src/kb/extract/nlp.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const lexicon = loadLexicon();
const gazetteer = buildGazetteer([], [], lexicon);

/** One sentence of about `length` characters naming invented people and places over and over, with no full stop. */
function longSentence(length: number): string {
  const people = ['Ada Okonkwo', 'Tavo Brask', 'Mira Velsen', 'Oskar Lund'];
  const places = ['Port Alden', 'Norvania'];
  let text = 'Minister Ada Okonkwo said';
  for (let i = 0; text.length < length; i++) text += ` and Minister ${people[i % 4]} met envoys of ${places[i % 2]}`;
  return text;
}

/** The characters an article's extraction keeps (what the extraction cache and kb.json store of it). */
function stored(paragraph: string): { size: number; mentions: number; longest: number } {
  const extraction = extractArticle({ slug: 'a', title: 'Talks stall', published: '2024-08-15', paragraphs: [paragraph] }, gazetteer);
  const mentions = extraction.entities.flatMap((entity) => entity.mentions);
  return { size: JSON.stringify(extraction).length, mentions: mentions.length, longest: Math.max(...mentions.map((m) => m.sentence.length)) };
}

describe('a sentence without a full stop', () => {
  it('keeps at most QUOTE_LIMIT characters (and the cut marks) per mention, so storage grows linearly', () => {
    const small = stored(longSentence(10_000));
    const large = stored(longSentence(20_000));
    expect(large.mentions).toBeGreaterThan(1.5 * small.mentions);
    expect(large.longest).toBeLessThanOrEqual(QUOTE_LIMIT + 2);
    // twice the text, about twice the storage (quadratic storage gave four times)
    expect(large.size / small.size).toBeLessThan(2.5);
    expect(large.size).toBeLessThan(80 * 20_000);
  });
});

describe('quoteAround', () => {
  const sentence = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
  it('gives a sentence up to QUOTE_LIMIT whole', () => {
    const text = `Before. ${sentence.slice(0, QUOTE_LIMIT)} After.`;
    expect(quoteAround(text, { start: 8, end: 8 + QUOTE_LIMIT }, 20)).toBe(sentence.slice(0, QUOTE_LIMIT));
  });
  it('cuts a longer one to the words around the mention, marked where cut', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sentence.length - 1 }), (at) => {
        const quote = quoteAround(sentence, undefined, at);
        expect(quote.length).toBeLessThanOrEqual(QUOTE_LIMIT + 2);
        const inner = quote.replace(/^…|…$/g, '');
        const from = sentence.indexOf(inner);
        expect(from).toBeGreaterThanOrEqual(0);
        expect(from <= at && at < from + inner.length).toBe(true);
        expect(quote.startsWith('…')).toBe(from > 0);
        expect(quote.endsWith('…')).toBe(from + inner.length < sentence.length);
      }),
    );
  });
});

describe('the analysis of huge words and sentences', () => {
  const piece = fc.oneof(fc.constantFrom('Minister Ada Okonkwo', 'met', 'in Port Alden', 'on Monday', ',', '.'), fc.integer({ min: 1, max: 3000 }).map((n) => 'x'.repeat(n)));
  it('reads no word longer than WORD_LIMIT and no sentence longer than SENTENCE_LIMIT, at the offsets as written', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), (pieces) => {
        const text = pieces.join(' ');
        const { tokens, sentences } = analyseText(text);
        for (const token of tokens) {
          expect(token.end - token.start).toBeLessThanOrEqual(WORD_LIMIT);
          expect(text.slice(token.start, token.end)).toBe(token.text);
        }
        for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(SENTENCE_LIMIT);
      }),
      { numRuns: 30 },
    );
  });
  it('extracts around a paragraph that is one huge word', () => {
    const extraction = extractArticle({ slug: 'a', title: 'Talks stall', published: '2024-08-15', paragraphs: ['x'.repeat(50_000)] }, gazetteer);
    expect(extraction.entities.flatMap((entity) => entity.mentions.filter((m) => m.paragraph === 1))).toEqual([]);
  });
  it('keeps every offset: long words become as many spaces', () => {
    const text = `Ada ${'y'.repeat(WORD_LIMIT + 1)} Okonkwo ${'z'.repeat(WORD_LIMIT)}`;
    expect(blankLongWords(text)).toBe(`Ada ${' '.repeat(WORD_LIMIT + 1)} Okonkwo ${'z'.repeat(WORD_LIMIT)}`);
  });
});
