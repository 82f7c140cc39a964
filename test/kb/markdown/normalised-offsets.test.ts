// The normal form of a paragraph's text with the place of each of its characters in the text as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseWithOffsets } from '../../../src/kb/markdown/normalised-offsets.ts';
import { normaliseParagraph } from '../../../src/kb/text/normalise-text.ts';

/** The written text of normal[start, end), found through the offsets. */
function written(text: string, start: number, end: number): string {
  const normal = normaliseWithOffsets(text)!;
  return text.slice(normal.from[start], normal.to[end - 1]);
}

describe('normaliseWithOffsets', () => {
  it('gives the normal form and finds its words where they were written', () => {
    const text = '  Norvania  met\tthe\u0001 envoy of\nPort\u00a0 Velsen and Lenarc\u030Cic\u030C. ';
    const normal = normaliseWithOffsets(text)!;
    expect(normal.text).toBe('Norvania met the envoy of Port Velsen and Lenarčič.');
    const at = (word: string) => [normal.text.indexOf(word), normal.text.indexOf(word) + word.length] as const;
    expect(written(text, ...at('Norvania'))).toBe('Norvania');
    expect(written(text, ...at('met the'))).toBe('met\tthe');
    expect(written(text, ...at('the envoy'))).toBe('the\u0001 envoy');
    expect(written(text, ...at('Port Velsen'))).toBe('Port\u00a0 Velsen');
    expect(written(text, ...at('Lenarčič'))).toBe('Lenarc\u030Cic\u030C');
    expect(written(text, ...at('.'))).toBe('.');
  });

  it('composes Hangul jamo and reorders marks within one character', () => {
    const text = '\u1112\u1161\u11AB a\u0323\u0307 \u212B';
    expect(normaliseWithOffsets(text)!.text).toBe(normaliseParagraph(text));
    expect(written(text, 0, 1)).toBe('\u1112\u1161\u11AB');
  });

  const unit = fc.oneof(
    { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    { weight: 3, arbitrary: fc.constantFrom(...'aceoOAn .\t\n\r\u000B\u00A0\u2003\u3000\u0001\u001F\u007F\u0085\u009F'.split('')) },
    { weight: 3, arbitrary: fc.constantFrom('\u0301', '\u030C', '\u0308', '\u0323', '\u0327', '\u1100', '\u1161', '\u11A8', '\uAC00', '\u212B', '\u2126', '\u0B47', '\u0B3E', '\ud835\udd11', '\ud83c\uddf3') },
  );

  it('is normaliseParagraph, and each run of whole characters is the normal form of the text it was written as', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), fc.nat(), fc.nat(), (text, a, b) => {
        const normal = normaliseWithOffsets(text)!;
        expect(normal.text).toBe(normaliseParagraph(text));
        expect(normal.from).toHaveLength(normal.text.length);
        expect(normal.to).toHaveLength(normal.text.length);
        fc.pre(normal.text.length > 0);
        let start = Math.min(a, b) % normal.text.length;
        let end = (Math.max(a, b) % normal.text.length) + 1;
        while (start > 0 && normal.from[start - 1] === normal.from[start]) start--;
        while (end < normal.text.length && normal.from[end] === normal.from[end - 1]) end++;
        fc.pre(start < end && normal.text[start] !== ' ' && normal.text[end - 1] !== ' ');
        expect(normaliseParagraph(written(text, start, end))).toBe(normal.text.slice(start, end));
      }),
      { numRuns: 2000 },
    );
  });
});
