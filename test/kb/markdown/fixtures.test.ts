// Fixture runner for the remark/rehype plugins of src/kb/markdown, in the style of remark-gfm's tests.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeParagraphAnchors from '../../../src/kb/markdown/rehype-paragraph-anchors.ts';
import remarkInertHtml from '../../../src/kb/markdown/remark-inert-html.ts';
import type { LinkableMention } from '../../../src/kb/markdown/remark-link-mentions.ts';
import type { PageName } from '../../../src/kb/markdown/remark-link-names.ts';
import remarkMdxAsText from '../../../src/kb/markdown/remark-mdx-as-text.ts';
import { renderArticleHtml } from '../../../src/kb/markdown/render-article.ts';
import { proseRenderer } from '../../../src/kb/markdown/render-prose.ts';
import type { EntityKey } from '../../../src/kb/types.ts';
import { expectFileToHold } from '../../helpers/expected-file.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/markdown/', import.meta.url));
const PLUGINS = fileURLToPath(new URL('../../../src/kb/markdown/', import.meta.url));

/** How a plugin's cases are rendered: the keys options.json may have, and input.md to HTML. */
interface Harness {
  options: string[];
  render: (input: string, options: Record<string, unknown>) => string;
}

const href = (key: EntityKey) => `/${key}/`;
/** The entity page whose prose the remark-link-names cases are ("self" in options.json is its key). */
const PAGE_FILE = 'content/parties/this-page.mdx';

/** remark-parse, the plugins, remark-rehype, rehype-stringify. */
function markdownToHtml(input: string, remarkPlugins: PluggableList, rehypePlugins: PluggableList = []): string {
  return String(unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypePlugins).use(rehypeStringify).processSync(input));
}

const HARNESSES: Record<string, Harness> = {
  'remark-inert-html': harness({ options: [], render: (input) => markdownToHtml(input, [remarkInertHtml]) }),
  // Only MDX has the nodes this plugin turns into text.
  'remark-mdx-as-text': harness({ options: [], render: (input) => markdownToHtml(input, [remarkMdx, remarkMdxAsText]) }),
  'rehype-paragraph-anchors': harness({ options: [], render: (input) => markdownToHtml(input, [], [rehypeParagraphAnchors]) }),
  // Mentions are offsets into the article's paragraphs, so they are linked by the article's own processor.
  'remark-link-mentions': harness<{ mentions: LinkableMention[]; properties?: Record<string, string> }>({
    options: ['mentions', 'properties'],
    render: (input, { mentions, properties }) => renderArticleHtml(input, { mentions, href, ...(properties ? { properties: () => properties } : {}) }),
  }),
  // Page names are linked in editor prose only, after its MDX is shown as text: the real processor.
  'remark-link-names': harness<{ names: PageName[]; self?: EntityKey }>({
    options: ['names', 'self'],
    render: (input, { names, self }) => proseRenderer({ names, href, keyOfFile: (path) => (path === PAGE_FILE ? self : undefined) })(input, { file: PAGE_FILE }),
  }),
};

/** A harness whose options.json has the shape O (the runner checks its keys, not their values). */
function harness<O>(definition: { options: (keyof O & string)[]; render: (input: string, options: O) => string }): Harness {
  return { options: definition.options, render: (input, options) => definition.render(input, options as O) };
}

function readOptions(dir: string, allowed: string[]): Record<string, unknown> {
  const path = join(dir, 'options.json');
  const options: Record<string, unknown> = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const unknown = Object.keys(options).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throw new Error(`${path}: unknown option ${unknown.join(', ')} (this plugin takes: ${allowed.join(', ') || 'none'})`);
  return options;
}

/**
 * Each folder test/fixtures/markdown/<plugin>/<case>/ holds input.md, optionally options.json (the plugin's
 * options as plain JSON) and the expected output.html. A missing output.html is written from the result (as is
 * every one with UPDATE=1), except in CI, where it fails: review what was written before committing it. A case
 * with known-bug.txt (one sentence) has the right output in output.html and checks that the plugin still gets
 * it wrong, so that fixing the bug makes the case fail until known-bug.txt is deleted.
 */
describe('markdown fixtures', () => {
  it('has a folder of cases, and a harness, for each plugin and no other', () => {
    const plugins = readdirSync(PLUGINS).filter((file) => /^(remark|rehype)-.*\.ts$/.test(file)).map((file) => file.slice(0, -3));
    expect(readdirSync(FIXTURES).sort()).toEqual(plugins.sort());
    expect(Object.keys(HARNESSES).sort()).toEqual(plugins.sort());
  });

  for (const plugin of readdirSync(FIXTURES).sort()) {
    describe(plugin, () => {
      for (const name of readdirSync(join(FIXTURES, plugin)).sort()) {
        const dir = join(FIXTURES, plugin, name);
        const bugPath = join(dir, 'known-bug.txt');
        const bug = existsSync(bugPath) ? readFileSync(bugPath, 'utf8').trim() : undefined;
        const run = () => {
          const { options, render } = HARNESSES[plugin]!;
          return render(readFileSync(join(dir, 'input.md'), 'utf8'), readOptions(dir, options));
        };
        if (bug === undefined) {
          it(name, () => expectFileToHold(join(dir, 'output.html'), run()));
        } else {
          it(`${name} (known bug: ${bug})`, () => {
            const right = readFileSync(join(dir, 'output.html'), 'utf8');
            expect(`${run()}\n`, `the bug is fixed: delete ${bugPath}`).not.toBe(right);
          });
        }
      }
    });
  }
});

describe('expectFileToHold', () => {
  const withFile = (test: (path: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-expected-'));
    try {
      test(join(dir, 'output.html'));
    } finally {
      rmSync(dir, { recursive: true });
    }
  };

  it('passes on the same text and fails on any other', () =>
    withFile((path) => {
      writeFileSync(path, '<p>a</p>\n');
      expectFileToHold(path, '<p>a</p>', {});
      expect(() => expectFileToHold(path, '<p>b</p>', {})).toThrow();
      expect(() => expectFileToHold(path, '<p>a</p>\n', {})).toThrow();
    }));

  it('writes a missing file, and rewrites one with UPDATE=1, outside CI', () =>
    withFile((path) => {
      expectFileToHold(path, '<p>a</p>', {});
      expect(readFileSync(path, 'utf8')).toBe('<p>a</p>\n');
      expectFileToHold(path, '<p>b</p>', { UPDATE: '1' });
      expect(readFileSync(path, 'utf8')).toBe('<p>b</p>\n');
    }));

  it('fails in CI on a missing file and writes nothing, even with UPDATE=1', () =>
    withFile((path) => {
      expect(() => expectFileToHold(path, '<p>a</p>', { CI: 'true', UPDATE: '1' })).toThrow(/is missing/);
      expect(existsSync(path)).toBe(false);
      writeFileSync(path, '<p>a</p>\n');
      expect(() => expectFileToHold(path, '<p>b</p>', { CI: 'true', UPDATE: '1' })).toThrow();
      expect(readFileSync(path, 'utf8')).toBe('<p>a</p>\n');
    }));
});
