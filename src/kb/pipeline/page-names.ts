// The names and aliases of every entity page, read straight from content/ at configuration time, for the
// remark plugin that links editor prose (it runs inside Astro's Markdown processor, before any collection
// is loaded).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PageName } from '../markdown/remark-link-names.ts';
import { ENTITY_TYPES, TYPE_FOLDER, entityKey } from '../types.ts';

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---/;

export function readPageNames(contentDir: string): PageName[] {
  const names: PageName[] = [];
  for (const type of ENTITY_TYPES) {
    const dir = join(contentDir, TYPE_FOLDER[type]);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    } catch {
      continue;
    }
    for (const file of files) {
      const match = FRONTMATTER.exec(readFileSync(join(dir, file), 'utf8'));
      if (!match) continue;
      let data: { name?: unknown; aliases?: unknown };
      try {
        data = (parse(match[1]!) ?? {}) as typeof data;
      } catch {
        continue; // the content schema reports the broken file with its line; here it just links nothing
      }
      const key = entityKey(type, file.slice(0, -'.mdx'.length));
      const surfaces = [data.name, ...(Array.isArray(data.aliases) ? data.aliases : [])];
      for (const surface of surfaces) if (typeof surface === 'string' && surface.trim().length > 1) names.push({ surface: surface.trim(), key });
    }
  }
  return names;
}

/** content/parties/hamas.mdx → party/hamas. */
export function keyOfContentFile(path: string): ReturnType<typeof entityKey> | undefined {
  const match = /[\\/](parties|places|dates|issues)[\\/]([^\\/]+)\.mdx$/.exec(path);
  if (!match) return undefined;
  const type = ENTITY_TYPES.find((t) => TYPE_FOLDER[t] === match[1])!;
  return entityKey(type, match[2]!);
}
