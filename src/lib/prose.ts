// Editor prose of entity pages rendered once per page from the build's knowledge: every other page's name
// and aliases link to it (the page's own names do not), as in article text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../kb/errors.ts';
import type { Graph } from '../kb/graph/build-graph.ts';
import { parseFrontmatter } from '../kb/content/frontmatter.ts';
import { proseRenderer, type ProseRenderer } from '../kb/markdown/render-prose.ts';
import type { PageName } from '../kb/markdown/remark-link-names.ts';
import type { EntityKey } from '../kb/types.ts';
import { entityUrl } from './urls.ts';

let renderer: { graph: Graph; render: ProseRenderer } | undefined;

/** One renderer per build's graph: the names of every page gathered once. */
function rendererFor(graph: Graph): ProseRenderer {
  if (renderer?.graph === graph) return renderer.render;
  const list: PageName[] = [];
  const byFile = new Map<string, EntityKey>();
  for (const page of graph.entities.values()) {
    byFile.set(page.file, page.key);
    for (const surface of [page.data.name, ...page.data.aliases]) {
      if (surface.trim().length > 1) list.push({ surface: surface.trim(), key: page.key });
    }
  }
  const render = proseRenderer({ names: list, href: entityUrl, keyOfFile: (path) => byFile.get(path) });
  renderer = { graph, render };
  return render;
}

export function proseHtml(graph: Graph, key: EntityKey, body: string): string {
  const page = graph.entities.get(key)!;
  const render = rendererFor(graph);
  try {
    return render(body, { file: page.file });
  } catch (error) {
    if (!(error instanceof DossierError) || error.line === undefined) throw error;
    // Name the file's own line: the body starts below the frontmatter.
    const { bodyLine } = parseFrontmatter(readFileSync(join(process.cwd(), page.file), 'utf8'), page.file);
    throw new DossierError(error.problem, error.hint, { file: page.file, line: error.line + bodyLine - 1 });
  }
}
