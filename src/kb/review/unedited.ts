// Which pages still stand exactly as kb wrote them: planned again from the articles as if they were missing, by
// the scaffold itself, a page whose file holds the very text it would write has not been touched by a person.
// Only such a page may be removed without a person's explicit word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord, PageRecord } from '../content/content-model.ts';
import { planPages } from '../scaffold/plan-pages.ts';
import type { ArticleExtraction, EntityKey } from '../types.ts';

export function uneditedPages(
  root: string,
  articles: ArticleRecord[],
  extractions: Map<string, ArticleExtraction>,
  pages: PageRecord[],
  ignore: string[],
): Set<EntityKey> {
  // A page that replaces another, or whose file the editor renamed, is an editor's: only plain scaffolded pages are tried.
  const tried = pages.filter((page) => page.data.replaces.length === 0);
  const triedKeys = new Set(tried.map((page) => page.key));
  const planned = planPages(articles, extractions, pages.filter((page) => !triedKeys.has(page.key)), ignore);
  const out = new Set<EntityKey>();
  for (const plan of planned) {
    if (!triedKeys.has(plan.key)) continue;
    const page = tried.find((candidate) => candidate.key === plan.key)!;
    if (readFileSync(join(root, page.file), 'utf8') === plan.source) out.add(plan.key);
  }
  return out;
}
