// Property-based, over the whole path: plain-text articles and hand-edited Markdown full of hostile pieces (reference
// links and definitions to javascript:, autolinks, HTML comments, control and bidirectional characters, huge words
// and sentences without full stops), and entity pages whose prose holds the same, go through ingest, kb and the real
// build. The samples are drawn by fast-check from a fixed seed and share one build. Asserted on the output: no live
// markup and no javascript: URL in any page, and kb.json and each article page bounded linearly by the input
// (sizes counted, never times).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUOTE_LIMIT } from '../../src/kb/extract/mention-quote.ts';
import { allHtmlFiles, elements, fileFor, readHtml, readKb, textOf } from '../helpers/site-files.ts';
import { scratchProject, type ScratchProject } from '../helpers/scratch-project.ts';

const SEED = 20_261_201;
const SAMPLES = 8;

/** Pieces of Markdown and text that have broken or poisoned sites, and names extraction finds. */
const HOSTILE = [
  '[Read more][src]', '[src]: javascript:alert(1)', '[x][]', '[x]: JAVASCRIPT:alert(2) "t"', '[y]: <java\tscript:alert(3)>',
  '[a](javascript:alert(4))', '<javascript:alert(5)>', '<https://example.org/a>', '<!-- note -->', '<script>alert(6)</script>',
  '<img src=x onerror=alert(7)>', '![i](https://example.org/i.png)', '{props.x}', '`code`', '*em*', '# Heading', '> quote',
  '|a|b|', '\u202E', '\u200B', '\u2066', '\u00AD', '\uFEFF', '\t', '\u00A0', '&amp;', '&#x6A;avascript:',
  'Minister Ada Okonkwo', 'Port Alden', 'the Velmor Front', 'on Monday', 'Vel\u200Bmor', 'release of prisoners',
];

const word = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }));
/** A run of words; now and then a word of thousands of letters, or a sentence of thousands of characters with no stop. */
const paragraph = fc.oneof(
  { weight: 6, arbitrary: fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' ')) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 20_000 }).map((n) => `The envoy wrote ${'x'.repeat(n)} in Port Alden.`) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 400 }).map((n) => Array.from({ length: n }, (_, i) => `Minister Ada Okonkwo met ${i % 2 ? 'Port Alden' : 'the Velmor Front'} on Monday`).join(' and ')) },
);
const article = fc.record({
  headline: fc.array(word, { minLength: 2, maxLength: 8 }).map((words) => `Talks ${words.join(' ')}`.replace(/\s+/g, ' ')),
  day: fc.integer({ min: 1, max: 28 }),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
});

let project: ScratchProject;
let site: string;
/** Bytes given to the build: the text files ingested, the hand-edited articles and the pages written. */
let inputBytes = 0;
const articleBytes = new Map<string, number>();

beforeAll(() => {
  project = scratchProject();
  const samples = fc.sample(article, { seed: SEED, numRuns: SAMPLES });
  samples.forEach((sample, i) => {
    const day = String(sample.day).padStart(2, '0');
    // Odd samples as text files for ingest; even ones as Markdown an editor wrote, which ingest never escaped.
    if (i % 2) {
      const text = `${sample.headline}\nsource: Example Wire\npublished: 2024-03-${day}\n\n${sample.paragraphs.join('\n\n')}\n`;
      project.write(`inbox/sample-${i}.txt`, text);
      inputBytes += Buffer.byteLength(text);
    } else {
      const slug = `2024-03-${day}-sample-${i}`;
      const text = `---\ntitle: ${JSON.stringify(sample.headline)}\npublished: 2024-03-${day}\n---\n\n${sample.paragraphs.join('\n\n')}\n`;
      project.write(`content/articles/${slug}.md`, text);
      inputBytes += Buffer.byteLength(text);
      articleBytes.set(slug, Buffer.byteLength(text));
    }
  });
  // An article an editor wrote by hand, with a reference link to javascript: (every sample may lack the pair).
  const byHand = '---\ntitle: "Harbour talks resume"\npublished: 2024-03-29\n---\n\n[Read more][src] about the talks in Port Alden.\n\n[src]: javascript:alert(1)\n';
  project.write('content/articles/2024-03-29-harbour-talks-resume.md', byHand);
  inputBytes += Buffer.byteLength(byHand);
  articleBytes.set('2024-03-29-harbour-talks-resume', Buffer.byteLength(byHand));
  // An editor's page whose prose links by reference to javascript: and hides a bidi override in its name.
  const page = '---\nname: "Velmor\u202E Front"\nkind: group\n---\n\nThe [front\'s statement][st] and [more][]. Minister Ada Okonkwo leads it.\n\n[st]: javascript:alert(8)\n[more]: <javascript:alert(9)>\n';
  project.write('content/parties/velmor-front.mdx', page);
  inputBytes += Buffer.byteLength(page);
  const ingest = project.run('scripts/ingest.ts', ['inbox']);
  expect(ingest.status, ingest.stderr).toBe(0);
  const build = project.run('scripts/build.ts');
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  site = join(project.root, 'dist');
  for (const { slug } of readKb(site).articles) {
    if (!articleBytes.has(slug)) articleBytes.set(slug, statSync(join(project.root, 'content', 'articles', `${slug}.md`)).size);
  }
}, 600_000);
afterAll(() => project?.remove());

const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data', 'srcSet'];

/** Everything in a page that could run or load what the input wrote. */
function liveMarkup(tree: ReturnType<typeof readHtml>): string[] {
  const problems: string[] = [];
  for (const el of elements(tree, () => true) as Element[]) {
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) problems.push(`${el.tagName}[${name}]`);
      if (URL_PROPERTIES.includes(name) && /^\s*(?:javascript|vbscript|data):/i.test(String(value))) problems.push(`${el.tagName}[${name}=${String(value)}]`);
    }
    if (['iframe', 'object', 'embed', 'base'].includes(el.tagName)) problems.push(`<${el.tagName}>`);
    if (el.tagName === 'script' && el.properties['type'] !== 'application/ld+json' && /alert\(/.test(textOf(el))) problems.push('<script>alert');
    if (el.tagName === 'img' && !String(el.properties['src'] ?? '').startsWith('/')) problems.push(`img[src=${String(el.properties['src'])}]`);
  }
  return problems;
}

describe('hostile articles and pages through ingest, kb and the build', () => {
  it('publish every article', () => {
    expect(readKb(site).articles.length).toBe(SAMPLES + 1);
  });

  it('show a reference link to javascript: in an article as its text, linking nowhere', () => {
    const tree = readHtml(site, fileFor(site, '/articles/2024-03-29-harbour-talks-resume/')!);
    const paragraph = elements(tree, (el) => el.properties['id'] === 'p1')[0]!;
    expect(textOf(paragraph)).toBe('Read more about the talks in Port Alden.');
    expect(elements(paragraph, (el) => el.tagName === 'a').map((a) => String(a.properties['href']))).not.toContainEqual(expect.stringMatching(/javascript/i));
  });

  it('leave no live markup and no javascript: URL in any page', () => {
    const pages = allHtmlFiles(site);
    expect(pages.length).toBeGreaterThan(SAMPLES);
    for (const page of pages) expect(liveMarkup(readHtml(site, page)), page).toEqual([]);
  });

  it('link no reference to javascript: in the prose of a page, and show no bidi override in its name', () => {
    const tree = readHtml(site, fileFor(site, '/parties/velmor-front/')!);
    const heading = textOf(elements(tree, (el) => el.tagName === 'h1')[0]!);
    expect(heading.startsWith('Velmor Front')).toBe(true);
    expect(heading).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    const main = textOf(elements(tree, (el) => el.tagName === 'main')[0]!);
    expect(main).toContain('The front\'s statement and more.');
  });

  it('keep kb.json and every article page within a constant times their input', () => {
    const kb = readFileSync(join(site, 'kb.json'), 'utf8');
    expect(kb.length).toBeLessThan(60 * inputBytes + 200_000);
    for (const entity of readKb(site).entities) for (const mention of entity.mentions) expect(mention.text.length).toBeLessThanOrEqual(QUOTE_LIMIT + 2);
    for (const [slug, bytes] of articleBytes) {
      const page = statSync(join(site, fileFor(site, `/articles/${slug}/`)!)).size;
      expect(page, slug).toBeLessThan(40 * bytes + 200_000);
    }
  });
});
