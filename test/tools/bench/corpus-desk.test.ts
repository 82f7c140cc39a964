// The `desk` corpus: deterministic from its seed, ingestible, of other shapes than the wire corpus (datelines,
// bylines, lists, headings, long and one-line paragraphs, 300 to 2,000 words) and with none of its names.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../tools/bench/corpus.ts';
import { generateDeskCorpus } from '../../../tools/bench/corpus-desk.ts';
import { corpusOf } from '../../../tools/bench/corpora.ts';
import { parsePlainText } from '../../../src/kb/ingest/parse-plain-text.ts';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('generateDeskCorpus', () => {
  it('is deterministic for a seed, differs between seeds and grows by appending', () => {
    const a = generateDeskCorpus(25, 4);
    expect(generateDeskCorpus(25, 4).articles).toEqual(a.articles);
    expect(generateDeskCorpus(25, 5).articles.map((x) => x.text)).not.toEqual(a.articles.map((x) => x.text));
    expect(generateDeskCorpus(26, 4).articles.slice(0, 25)).toEqual(a.articles);
  });

  it('writes articles ingest accepts, 300 to 2,000 words long and of widely varying length', () => {
    const { articles } = generateDeskCorpus(120, 2);
    expect(new Set(articles.map((x) => x.file)).size).toBe(articles.length);
    const lengths: number[] = [];
    for (const article of articles) {
      const parsed = parsePlainText(article.text, article.file);
      expect(parsed.title).toBe(article.title);
      expect(parsed.published).toMatch(/^202[34]-\d\d-\d\d$/);
      lengths.push(words(parsed.paragraphs.join(' ')));
    }
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(2200);
    expect(Math.max(...lengths)).toBeGreaterThan(1500);
    expect(lengths.filter((n) => n < 600).length).toBeGreaterThan(articles.length / 5);
  });

  it('has agency shapes: datelines, bylines, lists, heading lines, long quotes, one-sentence paragraphs, acronyms', () => {
    const { articles } = generateDeskCorpus(150, 3);
    const paragraphs = articles.flatMap((a) => parsePlainText(a.text, a.file).paragraphs);
    const share = (test: (p: string) => boolean) => paragraphs.filter(test).length;
    expect(share((p) => /^[A-Z]{3,}[A-Z ]*, (Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.) \d{1,2} \([^)]+\) \u2014 /.test(p))).toBe(articles.length);
    expect(share((p) => /^By [A-Z]\w+ [A-Z]\w+/.test(p))).toBeGreaterThan(articles.length / 2);
    expect(share((p) => /^(\d+\.|\u2022|-|\*) \S/.test(p))).toBeGreaterThan(articles.length);
    expect(share((p) => !/[.:?!)"\u201d]$/.test(p) && !/^(\d+\.|\u2022|-|\*|By) /.test(p))).toBeGreaterThan(20); // headings
    expect(share((p) => /^["\u201c][^"\u201d]+,["\u201d] .+[.] ["\u201c].+\.["\u201d]$/.test(p))).toBeGreaterThan(20); // long quotes
    expect(share((p) => /^[^.]+\.$/.test(p) && words(p) < 12)).toBeGreaterThan(articles.length / 2);
    expect(share((p) => /\([A-Z]{4,}\)/.test(p))).toBeGreaterThan(20);
  });

  it('names many people only once, and a few organisations in many articles', () => {
    const { articles, hubs } = generateDeskCorpus(300, 1);
    const seen = new Map<string, number>();
    for (const article of articles) for (const name of article.parties) seen.set(name, (seen.get(name) ?? 0) + 1);
    expect([...seen.values()].filter((n) => n === 1).length).toBeGreaterThan(seen.size / 2);
    const hubShare = Math.max(...hubs.parties.map((h) => articles.filter((a) => a.text.includes(h)).length));
    expect(hubShare).toBeGreaterThan(articles.length / 20);
  });

  it('shares no name with the wire corpus, in either direction', () => {
    const wire = generateCorpus(300, 1);
    const desk = corpusOf('desk', 300, 1);
    const names = (c: typeof wire) => new Set(c.articles.flatMap((a) => [...a.parties, ...a.places]));
    const wireNames = names(wire);
    const deskNames = names(desk);
    expect([...deskNames].filter((n) => wireNames.has(n))).toEqual([]);
    const deskText = desk.articles.map((a) => a.text).join('\n');
    const wireText = wire.articles.map((a) => a.text).join('\n');
    const occurring = (names: Set<string>, text: string) => [...names].filter((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text));
    expect(occurring(wireNames, deskText)).toEqual([]);
    expect(occurring(deskNames, wireText)).toEqual([]);
    const acronyms = (text: string) => new Set([...text.matchAll(/\(([A-Z]{2,})\)/g)].map((m) => m[1] as string));
    expect([...acronyms(deskText)].filter((a) => acronyms(wireText).has(a))).toEqual([]);
  });

  it('refuses an unknown kind with the kinds there are', () => {
    expect(() => corpusOf('tabloid', 3, 1)).toThrow(/wire, desk/);
    expect(() => corpusOf('constructor', 3, 1)).toThrow(/Unknown corpus kind/);
  });
});
