// The review's doubts on invented pages: each rule fires on the page it describes and stays quiet on a right one.
import { describe, expect, it } from 'vitest';
import type { PageRecord } from '../../../src/kb/content/content-model.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';
import { assessPages } from '../../../src/kb/review/assess.ts';
import type { Evidence, EvidenceMention } from '../../../src/kb/review/evidence.ts';
import { startsSentence } from '../../../src/kb/review/evidence.ts';
import { likeness } from '../../../src/kb/review/near-duplicates.ts';
import { reviewTable } from '../../../src/kb/review/report.ts';
import type { EntityKey, EntityType } from '../../../src/kb/types.ts';
import { TYPE_FOLDER } from '../../../src/kb/types.ts';

const lexicon = loadLexicon();

function page(type: EntityType, slug: string, data: Record<string, unknown>): PageRecord {
  return { key: `${type}/${slug}`, type, slug, file: `content/${TYPE_FOLDER[type]}/${slug}.mdx`, data: { aliases: [], replaces: [], ...data } as unknown as PageRecord['data'] };
}

function mention(sentence: string, surface: string, options: Partial<EvidenceMention> = {}): EvidenceMention {
  return { article: 'a1', published: '2025-03-14', paragraph: 1, sentence, surface, atSentenceStart: sentence.startsWith(surface), offset: sentence.indexOf(surface), ...options };
}

function assess(created: PageRecord[], standing: PageRecord[], evidence: Record<string, Partial<Evidence>>) {
  const map = new Map<EntityKey, Evidence>();
  for (const p of [...created, ...standing]) map.set(p.key, { mentions: [], positions: 0, ...evidence[p.key] });
  const out = assessPages({ pages: created, allPages: [...standing, ...created], evidence: map, homonymKeys: new Set(), lexicon });
  return new Map(out.map((a) => [a.key, a]));
}

const codes = (a: { doubts: { code: string }[] } | undefined) => a?.doubts.map((d) => d.code) ?? [];

describe('doubts of new pages', () => {
  it('flags a percentage, a number and a time phrase taken for parties', () => {
    const pct = page('party', '15-percent', { name: '15 Percent', kind: 'other' });
    const qty = page('party', 'three-thousand-workers', { name: 'Three Thousand Workers', kind: 'organisation' });
    const time = page('place', 'last-week', { name: 'Last Week', kind: 'other' });
    const out = assess([pct, qty, time], [], {});
    expect(codes(out.get(pct.key))).toContain('percentage');
    expect(codes(out.get(qty.key))).toContain('number');
    expect(codes(out.get(time.key))).toContain('time-phrase');
  });

  it('flags a name cut from a longer phrase, not one that ends where its phrase does', () => {
    const cut = page('issue', 'impact-on-velmor', { name: 'Impact on Velmor' });
    const whole = page('issue', 'impact-on-velmor-farmers', { name: 'Impact on Velmor farmers' });
    const out = assess([cut, whole], [], {
      [cut.key]: { positions: 1, mentions: [mention('The union raised concerns about the impact on Velmor farmers and traders.', 'impact on Velmor')] },
      [whole.key]: { positions: 1, mentions: [mention('The union raised concerns about the impact on Velmor farmers and traders.', 'impact on Velmor farmers')] },
    });
    expect(codes(out.get(cut.key))).toContain('cut-short');
    expect(codes(out.get(whole.key))).not.toContain('cut-short');
  });

  it('takes no acronym or political group for an ordinary word', () => {
    const acronym = page('party', 'farc', { name: 'FARC', kind: 'organisation' });
    const group = page('party', 'democrats', { name: 'Democrats', kind: 'organisation' });
    const out = assess([acronym, group], [], {});
    expect(codes(out.get(acronym.key))).toEqual([]);
    expect(codes(out.get(group.key))).toEqual([]);
  });

  it('flags an ordinary word capitalised at the start of sentences, not a titled person', () => {
    const crumbs = page('party', 'crumbs', { name: 'Crumbs', kind: 'other' });
    const person = page('party', 'ada-okonkwo', { name: 'Ada Okonkwo', kind: 'person' });
    const out = assess([crumbs, person], [], {
      [crumbs.key]: { mentions: [mention('Crumbs fell from the table, the union said.', 'Crumbs')] },
      [person.key]: { mentions: [mention('Cabinet Secretary Ada Okonkwo said talks would resume.', 'Ada Okonkwo'), mention('Okonkwo said so again.', 'Okonkwo')] },
    });
    expect(codes(out.get(crumbs.key))).toEqual(expect.arrayContaining(['common-word', 'sentence-start']));
    expect(codes(out.get(person.key))).toEqual([]);
  });

  it('flags a new body whose words lie within a standing page, and the acronym of one', () => {
    const standing = page('party', 'velmor-national-union-of-teachers', { name: 'Velmor National Union of Teachers', aliases: ['VNUT'], kind: 'organisation' });
    const partial = page('party', 'velmor-union-of-teachers', { name: 'Velmor Union of Teachers', kind: 'organisation' });
    const acronym = page('party', 'vfw', { name: 'VFW', kind: 'organisation' });
    const full = page('party', 'velmor-farm-workers', { name: 'Velmor Farm Workers', kind: 'organisation' });
    const out = assess([partial, acronym], [standing, full], {});
    expect(out.get(partial.key)?.doubts.find((d) => d.code === 'near-duplicate')?.other).toBe(standing.file);
    expect(out.get(acronym.key)?.doubts.find((d) => d.code === 'near-duplicate')?.other).toBe(full.file);
  });

  it('reads likeness by acronym, shared words, spelling and surname, and not between unrelated names', () => {
    expect(likeness('KNUT', 'Kordo National Union of Teachers', false)).toBe('acronym');
    expect(likeness('Ada Okonkwo', 'Ada N. Okonkwo', true)).toBe('shared-words');
    expect(likeness('Tarsik Halvorsen', 'Tarsik Halvorson', true)).toBe('spelling');
    expect(likeness('Ingrid Brandt', 'Ivo M. Brandt', true)).toBe('surname');
    expect(likeness('Ingrid Brandt', 'Ivo M. Brandt', false)).toBeUndefined();
    expect(likeness('Orla Brandt', 'Kemal Sahin', true)).toBeUndefined();
    expect(likeness('Velmor Front', 'Kordo Alliance', false)).toBeUndefined();
  });

  it('flags an issue no party takes a position on (unless its words name a known matter), and a date whose inferred year lands far from the article', () => {
    const lone = page('issue', 'port-modernisation', { name: 'Port modernisation' });
    const known = page('issue', 'release-of-the-dockers', { name: 'Release of the dockers' });
    const held = page('issue', 'wage-rise', { name: 'Wage rise' });
    const far = page('date', '2026-03-12', { name: 'March 12, 2026', date: '2026-03-12' });
    const written = page('date', '2019-03-12', { name: 'March 12, 2019', date: '2019-03-12' });
    const out = assess([lone, known, held, far, written], [], {
      [held.key]: { positions: 1 },
      [far.key]: { mentions: [mention('The strike began on 12 March.', '12 March', { published: '2025-03-14' })] },
      [written.key]: { mentions: [mention('The port last stopped on 12 March 2019.', '12 March 2019', { published: '2025-03-14' })] },
    });
    expect(codes(out.get(lone.key))).toEqual(['issue-without-party']);
    expect(codes(out.get(known.key))).toEqual([]);
    expect(codes(out.get(held.key))).toEqual([]);
    expect(codes(out.get(far.key))).toEqual(['date-far']);
    expect(codes(out.get(written.key))).toEqual([]);
  });

  it('flags an issue named by a quantity, by a speaker\'s own words, by a bare word or by a generic word, and not one with a year', () => {
    const quantity = page('issue', 'millions-of-farmers', { name: 'Millions of farmers' });
    const release = page('issue', 'release-of-four-aid-workers', { name: 'Release of four aid workers' });
    const quote = page('issue', 'every-tool-of-my-ministry', { name: 'Using every tool of my ministry to end the strike' });
    const bare = page('issue', 'retractions', { name: 'Retractions' });
    const generic = page('issue', 'other-measures', { name: 'Other measures' });
    const specific = page('issue', 'port-security-measures-in-kordo', { name: 'Port security measures in Kordo' });
    const head = page('issue', 'ceasefire', { name: 'Ceasefire' });
    const year = page('issue', 'elections-in-2026', { name: 'Elections in 2026' });
    const all = [quantity, release, quote, bare, generic, specific, head, year];
    const out = assess(all, [], Object.fromEntries(all.map((p) => [p.key, { positions: 1 }])));
    expect(codes(out.get(release.key))).toEqual([]);
    expect(codes(out.get(quantity.key))).toEqual(['number']);
    expect(codes(out.get(quote.key))).toEqual(['quote-fragment']);
    expect(codes(out.get(bare.key))).toEqual(['bare-word']);
    expect(codes(out.get(generic.key))).toEqual(['generic-head']);
    expect(codes(out.get(specific.key))).toEqual([]);
    expect(codes(out.get(head.key))).toEqual([]);
    expect(codes(out.get(year.key))).toEqual([]);
  });

  it('flags an action noun without its object and a matter qualified only by time or degree, not a lasting truce', () => {
    const action = page('issue', 'swift-resolution', { name: 'Swift resolution' });
    const vague = page('issue', 'ongoing-war', { name: 'Ongoing war' });
    const lasting = page('issue', 'lasting-truce', { name: 'Lasting truce' });
    const object = page('issue', 'resolution-of-the-port-dispute', { name: 'Resolution of the port dispute' });
    const all = [action, vague, lasting, object];
    const out = assess(all, [], Object.fromEntries(all.map((p) => [p.key, { positions: 1 }])));
    expect(codes(out.get(action.key))).toEqual(['generic-head']);
    expect(codes(out.get(vague.key))).toEqual(['generic-head']);
    expect(codes(out.get(lasting.key))).toEqual([]);
    expect(codes(out.get(object.key))).toEqual([]);
  });

  it('flags an issue named by the effect or weight of a matter, not the matter it names', () => {
    const impact = page('issue', 'impact-on-kordo-workers-and-firms', { name: 'Impact on Kordo workers and firms' });
    const danger = page('issue', 'grave-danger-of-the-conflict-expanding', { name: 'Grave danger of the conflict expanding' });
    const matter = page('issue', 'tariffs-on-kordo-steel', { name: 'Tariffs on Kordo steel' });
    const all = [impact, danger, matter];
    const out = assess(all, [], Object.fromEntries(all.map((p) => [p.key, { positions: 1 }])));
    expect(codes(out.get(impact.key))).toEqual(['generic-head']);
    expect(codes(out.get(danger.key))).toEqual(['generic-head']);
    expect(codes(out.get(matter.key))).toEqual([]);
  });

  it('leaves reference names alone: a country created as a party carries no doubt', () => {
    const country = page('party', 'belgium', { name: 'Belgium', kind: 'state' });
    expect(codes(assess([country], [], {}).get(country.key))).toEqual([]);
  });

  it('knows where a name opens its sentence', () => {
    expect(startsSentence('It rained. “Crumbs,” he said.', '“Crumbs,” he said.', 12)).toBe(true);
    expect(startsSentence('He said Crumbs would come.', 'He said Crumbs would come.', 8)).toBe(false);
  });

  it('prints the doubtful pages first in the table, each doubt with its sentence', () => {
    const right = page('party', 'ada-okonkwo', { name: 'Ada Okonkwo', kind: 'person' });
    const wrong = page('party', '15-percent', { name: '15 Percent', kind: 'other' });
    const out = assessPages({ pages: [right, wrong], allPages: [right, wrong], evidence: new Map([[right.key, { mentions: [mention('Minister Ada Okonkwo spoke.', 'Ada Okonkwo')], positions: 0 }]]), homonymKeys: new Set(), lexicon });
    const table = reviewTable(out.sort((a, b) => b.doubts.length - a.doubts.length)).split('\n');
    expect(table[2]).toMatch(/^content\/parties\/15-percent\.mdx\s+party\s+percentage/);
    expect(table[3]).toMatch(/^\s+percentage: "15 Percent" holds a percentage/);
    expect(table.at(-1)).toMatch(/^\d of 2 new pages with doubts/);
  });
});
