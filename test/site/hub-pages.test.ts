// Hub pages on a built site big enough to have hubs (140 generated articles): an entity page shows the
// first mentions and the rest page 100 at a time, related entities past the first 15 fold open on the page
// (past 100 they move to /related/), and a narrowed timeline past 300 events links its periods, which hold
// every event once.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../tools/bench/corpus.ts';
import { MENTIONS, RELATED_IN_FULL, RELATED_ON_PAGE, TIMELINE_ON_ONE_PAGE } from '../../src/lib/bounds.ts';
import { pageCount } from '../../src/lib/paging.ts';
import { scratchProject } from '../helpers/scratch-project.ts';
import { elements, readHtml, textOf } from '../helpers/site-files.ts';

const project = scratchProject();
const site = join(project.root, 'dist');
afterAll(() => project.remove());

beforeAll(() => {
  mkdirSync(join(project.root, 'inbox'), { recursive: true });
  const files: string[] = [];
  for (const article of generateCorpus(140, 5).articles) {
    writeFileSync(join(project.root, 'inbox', article.file), article.text);
    files.push(join('inbox', article.file));
  }
  const ingest = project.run('scripts/ingest.ts', files);
  if (ingest.status !== 0) throw new Error(ingest.stderr);
  const build = project.run('scripts/build.ts', [], { DOSSIER_OUT_DIR: site });
  if (build.status !== 0) throw new Error(`${build.stdout}\n${build.stderr}`);
});

const count = (element: Element | undefined) => Number(/\d+/.exec(element ? textOf(element) : '')?.[0] ?? NaN);
const byId = (tree: ReturnType<typeof readHtml>, id: string) => elements(tree, (e) => e.properties?.['id'] === id)[0];
const entityPages = () =>
  ['parties', 'places', 'dates', 'issues'].flatMap((folder) =>
    readdirSync(join(site, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${folder}/${entry.name}`),
  );

describe('hub pages', () => {
  it('folds related entities past the first 15 on the page, and past 100 links the full ranking', () => {
    let folded = 0;
    let linked = 0;
    for (const page of entityPages()) {
      const tree = readHtml(site, `${page}/index.html`);
      const section = elements(tree, (e) => e.tagName === 'section' && String(e.properties?.['ariaLabelledBy']) === 'related-heading')[0]!;
      const total = count(elements(section, (e) => e.tagName === 'span' && String(e.properties?.['className']).includes('count'))[0]);
      const open = elements(section, (e) => e.tagName === 'ul')[0];
      const details = elements(section, (e) => e.tagName === 'details')[0];
      const items = (list: Element | undefined) => (list ? elements(list, (e) => e.tagName === 'li').length : 0);
      if (total > RELATED_IN_FULL) {
        linked++;
        expect(details, page).toBeUndefined();
        const full = readHtml(site, `${page}/related/index.html`);
        expect(elements(full, (e) => e.tagName === 'tr').length - 1, page).toBe(total);
      } else {
        expect(existsSync(join(site, page, 'related')), page).toBe(false);
        if (total > RELATED_ON_PAGE) {
          folded++;
          expect(items(open), page).toBe(RELATED_ON_PAGE);
          expect(items(details), page).toBe(total - RELATED_ON_PAGE);
          expect(textOf(elements(details!, (e) => e.tagName === 'summary')[0]!)).toBe(`${total - RELATED_ON_PAGE} more related`);
        }
      }
    }
    expect(folded).toBeGreaterThan(0);
    expect(linked).toBeGreaterThan(0);
  });

  it('shows the first 20 articles of mentions and pages the rest 100 at a time, each article once, quotes on the first page only', () => {
    let paged = 0;
    for (const page of entityPages()) {
      const tree = readHtml(site, `${page}/index.html`);
      const heading = byId(tree, 'mentions-heading');
      const groups = Number(/in (\d+) article/.exec(heading ? textOf(heading) : '')?.[1] ?? 0);
      const pages = pageCount(groups, MENTIONS);
      if (pages === 1) {
        expect(existsSync(join(site, page, 'mentions')), page).toBe(false);
        continue;
      }
      paged++;
      const listed: string[] = [];
      const articlesOn = (path: string) => {
        const section = elements(readHtml(site, path), (e) => e.tagName === 'section' && String(e.properties?.['className']).includes('mentions'))[0]!;
        const list = elements(section, (e) => e.tagName === 'ul')[0]!;
        return elements(list, (e) => e.tagName === 'li').map((li) => String(elements(li, (e) => e.tagName === 'a')[0]!.properties?.['href']));
      };
      listed.push(...articlesOn(`${page}/index.html`));
      expect(listed).toHaveLength(MENTIONS.first);
      for (let n = 2; n <= pages; n++) {
        const onPage = articlesOn(`${page}/mentions/${n}/index.html`);
        // Sub-pages link each article's paragraphs without copying their quotes.
        const section = elements(readHtml(site, `${page}/mentions/${n}/index.html`), (e) => e.tagName === 'section' && String(e.properties?.['className']).includes('mentions'))[0]!;
        expect(elements(section, (e) => e.tagName === 'blockquote'), `${page} page ${n}`).toHaveLength(0);
        for (const li of elements(elements(section, (e) => e.tagName === 'ul')[0]!, (e) => e.tagName === 'li')) {
          expect(elements(li, (e) => e.tagName === 'a' && /#(p\d+|title)$/.test(String(e.properties?.['href']))).length).toBeGreaterThan(0);
        }
        expect(onPage.length, `${page} page ${n}`).toBe(n < pages ? MENTIONS.rest : groups - MENTIONS.first - (n - 2) * MENTIONS.rest);
        listed.push(...onPage);
      }
      expect(existsSync(join(site, page, 'mentions', String(pages + 1))), page).toBe(false);
      expect(new Set(listed).size, page).toBe(groups);
    }
    expect(paged).toBeGreaterThan(0);
  });

  it('splits a narrowed timeline past 300 events into periods that hold every event once', () => {
    let split = 0;
    for (const type of ['party', 'issue']) {
      for (const slug of readdirSync(join(site, 'timeline', type))) {
        const tree = readHtml(site, `timeline/${type}/${slug}/index.html`);
        const heading = elements(tree, (e) => e.tagName === 'h1')[0]!;
        const total = count(elements(heading, (e) => e.tagName === 'span')[0]);
        const periods = elements(tree, (e) => e.tagName === 'nav' && e.properties?.['ariaLabel'] === 'Periods');
        if (total <= TIMELINE_ON_ONE_PAGE) {
          expect(periods, slug).toHaveLength(0);
          continue;
        }
        split++;
        let sum = 0;
        for (const link of elements(periods[0]!, (e) => e.tagName === 'a')) {
          const href = String(link.properties?.['href']);
          const period = readHtml(site, `${href.replace(/^\//, '')}index.html`);
          // The events: the items of each day's list in the timeline (the days are the timeline's own items).
          const days = elements(period, (e) => e.tagName === 'ol' && e.properties?.['dataTimeline'] !== undefined).flatMap((list) => elements(list, (e) => e.tagName === 'li' && String(e.properties?.['id'] ?? '').startsWith('d-')));
          const events = days.flatMap((day) => elements(day, (e) => e.tagName === 'li' && e !== day)).length;
          expect(events, href).toBeLessThanOrEqual(TIMELINE_ON_ONE_PAGE);
          sum += events;
        }
        expect(sum, slug).toBe(total);
      }
    }
    expect(split).toBeGreaterThan(0);
  });
});
