// The benchmark's synthetic corpus: the same seed gives the same articles, and the articles overlap the way
// a running story does (hub parties and places in most articles, a long tail of people), in the plain-text
// format ingest reads.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../tools/bench/corpus.ts';
import { parsePlainText } from '../../../src/kb/ingest/parse-plain-text.ts';

describe('generateCorpus', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateCorpus(40, 7);
    const b = generateCorpus(40, 7);
    const c = generateCorpus(40, 8);
    expect(a.articles.map((x) => x.text)).toEqual(b.articles.map((x) => x.text));
    expect(a.articles.map((x) => x.text)).not.toEqual(c.articles.map((x) => x.text));
  });

  it('grows by appending: the corpus of N is the start of the corpus of N + 1', () => {
    const small = generateCorpus(30, 3);
    const large = generateCorpus(31, 3);
    expect(large.articles.slice(0, 30)).toEqual(small.articles);
    expect(new Set(large.articles.map((x) => x.file)).size).toBe(31);
  });

  it('writes articles ingest accepts, with dates over two years', () => {
    const { articles } = generateCorpus(60, 1);
    const years = new Set<string>();
    for (const article of articles) {
      const parsed = parsePlainText(article.text, article.file);
      expect(parsed.title).toBe(article.title);
      expect(parsed.published).toMatch(/^202[34]-\d\d-\d\d$/);
      expect(parsed.paragraphs.length).toBeGreaterThanOrEqual(6);
      years.add(parsed.published.slice(0, 4));
    }
    expect(years).toEqual(new Set(['2023', '2024']));
  });

  it('overlaps realistically: hubs in most articles, a long tail of people, cues and date expressions', () => {
    const { articles, hubs } = generateCorpus(300, 1);
    const share = (name: string) => articles.filter((a) => a.text.includes(name)).length / articles.length;
    const hubParty = Math.max(...hubs.parties.map(share));
    expect(hubParty).toBeGreaterThan(0.6);
    expect(Math.max(...hubs.places.map(share))).toBeGreaterThan(0.4);
    const people = new Map<string, number>();
    for (const article of articles) for (const name of article.parties) people.set(name, (people.get(name) ?? 0) + 1);
    const once = [...people.values()].filter((n) => n === 1).length;
    expect(once).toBeGreaterThan(people.size / 3); // a long tail named once
    expect(Math.max(...people.values())).toBeGreaterThan(30); // and a few names everywhere
    const all = articles.map((a) => a.text).join('\n');
    for (const cue of ['demanded the release of', 'The main sticking point is', 'rejected the withdrawal from']) expect(all).toContain(cue);
    expect(all).toMatch(/ on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/);
    expect(all).toMatch(/ on \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b/);
    expect(all).toMatch(/\([A-Z]{3}\)/); // organisations with acronyms
  });
});
