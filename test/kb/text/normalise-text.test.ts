// The normal form of text: what shows nothing is dropped, so an invisible character pasted into a name or a headline
// neither hides the name from the matcher nor turns the page around.
import { describe, expect, it } from 'vitest';
import { normaliseParagraph } from '../../../src/kb/text/normalise-text.ts';
import { normaliseWithOffsets } from '../../../src/kb/markdown/normalised-offsets.ts';
import { buildGazetteer, extractArticle } from '../../../src/kb/extract/index.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const INVISIBLE = ['\u00AD', '\u061C', '\u200B', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2060', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF'];

describe('normaliseParagraph', () => {
  it.each(INVISIBLE.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))('drops %s inside a word', (_, c) => {
    expect(normaliseParagraph(`Vel${c}mor Front met in Port${c} Alden`)).toBe('Velmor Front met in Port Alden');
  });

  it('keeps the zero-width joiner and non-joiner that scripts and emoji need', () => {
    expect(normaliseParagraph('می\u200Cخواهم 👩\u200D💻')).toBe('می\u200Cخواهم 👩\u200D💻');
  });

  it('maps every offset of the normal form back to the text as written', () => {
    const written = 'The \u202EVel\u200Bmor Front\u202C met.';
    const normal = normaliseWithOffsets(written)!;
    expect(normal.text).toBe('The Velmor Front met.');
    const start = normal.text.indexOf('Velmor');
    expect(written.slice(normal.from[start], normal.to[start + 'Velmor Front'.length - 1])).toBe('Vel\u200Bmor Front');
  });
});

describe('a name with a zero-width space in an article', () => {
  it('is found as the name', () => {
    const gazetteer = buildGazetteer([{ key: 'party/velmor-front', name: 'Velmor Front', aliases: [], kind: 'group' }], [], loadLexicon());
    const extraction = extractArticle({ slug: 'a', title: 'Talks', published: '2024-08-15', paragraphs: [normaliseParagraph('Leaders of the Vel\u200Bmor Front met on Monday.')] }, gazetteer);
    expect(extraction.entities.find((entity) => entity.key === 'party/velmor-front')?.mentions.map((m) => m.surface)).toEqual(['Velmor Front']);
  });
});
