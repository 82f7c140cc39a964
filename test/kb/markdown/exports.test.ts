// The public API of each module in src/kb/markdown: exactly what it exports at run time (types aside).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULES = fileURLToPath(new URL('../../../src/kb/markdown/', import.meta.url));

/** Each module's run-time exports; a plugin module exports its plugin as the default and nothing else. */
const EXPORTS: Record<string, string[]> = {
  'name-matcher': ['NameMatcher'],
  'normalised-offsets': ['normaliseWithOffsets'],
  'rehype-paragraph-anchors': ['default'],
  'remark-inert-html': ['default'],
  'remark-link-mentions': ['default'],
  'remark-link-names': ['default'],
  'remark-mdx-as-text': ['default'],
  'render-article': ['renderArticleHtml'],
  'render-prose': ['proseRenderer'],
};

describe('src/kb/markdown exports', () => {
  it('names every module of the folder', () => {
    expect(readdirSync(MODULES).filter((file) => file.endsWith('.ts')).map((file) => file.slice(0, -3)).sort()).toEqual(Object.keys(EXPORTS).sort());
  });

  it.each(Object.entries(EXPORTS))('%s exports exactly %j', async (module, names) => {
    const exported: Record<string, unknown> = await import(`../../../src/kb/markdown/${module}.ts`);
    expect(Object.keys(exported).sort()).toEqual(names);
    for (const name of names) expect(exported[name]).toBeTypeOf('function');
  });
});
