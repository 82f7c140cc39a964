// Planning new pages: one page per entity, with validated frontmatter; a name read now as a party and now
// as a place gets one page, of the type most articles give it.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../src/kb/content/content-model.ts';
import { planPages } from '../../../src/kb/scaffold/plan-pages.ts';
import type { ArticleExtraction, ExtractedEntity } from '../../../src/kb/types.ts';

function article(slug: string): ArticleRecord {
  return { slug, file: `content/articles/${slug}.md`, title: slug, published: '2025-01-02', paragraphs: ['x'], data: { title: slug, published: '2025-01-02', language: 'en', retracted: false } };
}
function entity(type: 'party' | 'place', name: string, kind: string): ExtractedEntity {
  return { type, name, kind, aliases: [], mentions: [{ paragraph: 1, start: 0, end: name.length, surface: name, sentence: name }] };
}
const extraction = (...entities: ExtractedEntity[]): ArticleExtraction => ({ entities, positions: [], ambiguous: [] });

describe('planPages', () => {
  it('gives a name read as both a party and a place one page, of the type most articles give it', () => {
    const articles = [article('2025-01-02-a'), article('2025-01-02-b'), article('2025-01-02-c')];
    const extractions = new Map([
      ['2025-01-02-a', extraction(entity('place', 'Moglov', 'city'))],
      ['2025-01-02-b', extraction(entity('place', 'Moglov', 'city'))],
      ['2025-01-02-c', extraction(entity('party', 'Moglov', 'other'), entity('party', 'Sekelia', 'state'))],
    ]);
    const planned = planPages(articles, extractions, [], []);
    expect(planned.map((page) => page.file)).toEqual(['content/parties/sekelia.mdx', 'content/places/moglov.mdx']);
    expect(planned[1]!.source).toBe('---\nname: Moglov\naliases: []\nkind: city\n---\n\nMoglov is a city first named in this dossier\'s articles on January 2, 2025.\n');
  });

  it('keeps both pages of a country: the state that takes positions and the territory', () => {
    const articles = [article('2025-01-02-a'), article('2025-01-02-b')];
    const extractions = new Map([
      ['2025-01-02-a', extraction(entity('party', 'Norway', 'state'))],
      ['2025-01-02-b', extraction(entity('party', 'Norway', 'state')), ],
    ]);
    extractions.get('2025-01-02-b')!.entities.push(entity('place', 'Norway', 'country'));
    expect(planPages(articles, extractions, [], []).map((page) => page.file)).toEqual(['content/parties/norway.mdx', 'content/places/norway.mdx']);
  });

  it('escapes what MDX would read as code in a generated lead', () => {
    const planned = planPages([article('2025-01-02-a')], new Map([['2025-01-02-a', extraction(entity('party', 'The {Curly} <Group>', 'group'))]]), [], []);
    expect(planned[0]!.source).toContain('The \\{Curly\\} \\<Group\\> is a group first named');
  });

  it("opens a page with what the article says: a party's role as its summary and lead, an issue's first sentence", () => {
    const person: ExtractedEntity = { ...entity('party', 'Ana Torres', 'person'), role: 'a representative for the Velmor Front' };
    const sentence = 'The Velmor Front rejected the fishing ban in Kolvik on Monday.';
    const issue: ExtractedEntity = { type: 'issue', name: 'Fishing ban in Kolvik', aliases: [], mentions: [{ paragraph: 1, start: 27, end: 48, surface: 'fishing ban in Kolvik', sentence }] };
    const planned = planPages([article('2025-01-02-a')], new Map([['2025-01-02-a', extraction(person, issue)]]), [], []);
    const page = (file: string) => planned.find((p) => p.file === file)!;
    expect(page('content/parties/ana-torres.mdx').data).toMatchObject({ summary: 'Representative for the Velmor Front' });
    expect(page('content/parties/ana-torres.mdx').source).toContain('\n\nAna Torres, a representative for the Velmor Front, is first named in this dossier\'s articles on January 2, 2025.\n');
    expect(page('content/issues/fishing-ban-in-kolvik.mdx').source).toContain(`Fishing ban in Kolvik, as this dossier's articles first report it on January 2, 2025: “${sentence}”`);
  });
});

describe('planPages aliases', () => {
  it('never writes an alias made of common words, which the content check refuses', () => {
    const person: ExtractedEntity = { ...entity('party', 'He Lifeng', 'person'), aliases: ['He', 'Vice Premier He Lifeng'] };
    const planned = planPages([article('2025-01-02-a')], new Map([['2025-01-02-a', extraction(person)]]), [], []);
    expect(planned[0]!.data.aliases).toEqual(['Vice Premier He Lifeng']);
  });
});

describe('planPages aliases and other pages', () => {
  it('never gives a new page an alias that is another page\'s name', () => {
    const surname = entity('party', 'Bagair', 'person');
    const full: ExtractedEntity = { ...entity('party', 'Folpe Bagair', 'person'), aliases: ['Bagair', 'Mr Bagair'] };
    const planned = planPages([article('2025-01-02-a')], new Map([['2025-01-02-a', extraction(surname, full)]]), [], []);
    expect(planned.find((p) => p.data.name === 'Folpe Bagair')!.data.aliases).toEqual(['Mr Bagair']);
  });
});
