// The bare baseline: a minimal Astro 7 + MDX site holding the same pages as a Dossier run (each article as a
// .md page with the same text, each entity page Dossier created as a small .mdx page with the same body), with
// no extraction, graph or linking, and a search page that runs one Pagefind query through its JS API and loads
// the first five results, as a plain Pagefind search does.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTITY_FOLDERS = ['parties', 'places', 'dates', 'issues'];

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-baseline', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
// BASELINE_CONCURRENCY: the bench builds the baseline a second time with Dossier's own build.concurrency.
const concurrency = Number(process.env.BASELINE_CONCURRENCY) || 1;
export default defineConfig({ integrations: [mdx()], trailingSlash: 'always', build: { format: 'directory', concurrency }, devToolbar: { enabled: false } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.md', base: './content/articles' }), schema: z.object({ title: z.string(), published: z.string() }) }),
  entities: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './content/entities' }), schema: z.object({ name: z.string() }) }),
};
`,
  'src/layouts/Base.astro': `---
const { title, date } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>
<body><header><a href="/">Bare</a> · <a href="/search/">Search</a></header>
<main data-pagefind-body><h1>{title}</h1>{date && <p>{date}</p>}<slot /></main>
<style>body { font-family: system-ui; max-width: 42rem; margin: 0 auto; } header { padding: 1rem 0; }</style>
</body></html>
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Base from '../../src/layouts/Base.astro';
export async function getStaticPaths() {
  const articles = (await getCollection('articles')).map((entry) => ({ params: { slug: 'articles/' + entry.id }, props: { entry, title: entry.data.title, date: entry.data.published } }));
  const entities = (await getCollection('entities')).map((entry) => ({ params: { slug: entry.id }, props: { entry, title: entry.data.name } }));
  return [...articles, ...entities];
}
const { entry, title, date } = Astro.props;
const { Content } = await render(entry);
---
<Base title={title} date={date}><Content /></Base>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Base from '../../src/layouts/Base.astro';
const newest = (await getCollection('articles')).sort((a, b) => b.data.published.localeCompare(a.data.published)).slice(0, 20);
---
<Base title="Bare baseline"><ul>{newest.map((a) => <li><a href={'/articles/' + a.id + '/'}>{a.data.title}</a></li>)}</ul></Base>
`,
  'src/pages/search.astro': `<html lang="en"><head><meta charset="utf-8" /><title>Search</title></head>
<body data-pagefind-ignore="all"><ol id="results"></ol>
<script is:inline type="module">
const q = new URLSearchParams(location.search).get('q') ?? '';
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(q);
const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
document.getElementById('results').textContent = data.map((d) => d.meta.title).join('\\n');
document.body.dataset.done = String(search.results.length);
</script></body></html>
`,
};

/** Writes the bare site into `root`, with the content of the Dossier project at `dossierRoot`. */
export function writeBaselineSite(root: string, dossierRoot: string): { articles: number; entities: number } {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const articles = join(dossierRoot, 'content', 'articles');
  cpSync(articles, join(root, 'content', 'articles'), { recursive: true });
  let entities = 0;
  for (const folder of ENTITY_FOLDERS) {
    const from = join(dossierRoot, 'content', folder);
    const to = join(root, 'content', 'entities', folder);
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from).filter((n) => n.endsWith('.mdx'))) {
      cpSync(join(from, name), join(to, name));
      entities++;
    }
  }
  return { articles: readdirSync(articles).filter((n) => n.endsWith('.md')).length, entities };
}
