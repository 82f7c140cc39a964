// Which pages still stand exactly as kb wrote them: the file has the digest kb recorded when it wrote it, or else,
// planned again by the scaffold itself from the articles that name it as if it were missing (with the other such
// pages, or alone), the page would be written with the very text the file holds. Only such a page may be removed without a person's explicit word.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord, PageRecord } from '../content/content-model.ts';
import { buildPageIndex } from '../resolve/page-index.ts';
import { resolveArticle } from '../resolve/resolve-article.ts';
import { planPages } from '../scaffold/plan-pages.ts';
import { normaliseName } from '../text/normalise-name.ts';
import type { ArticleExtraction, EntityKey } from '../types.ts';
import { createdDigests, digestOf } from './created-record.ts';

export function uneditedPages(
  root: string,
  articles: ArticleRecord[],
  extractions: Map<string, ArticleExtraction>,
  pages: PageRecord[],
  ignore: string[],
): Set<EntityKey> {
  const recorded = createdDigests(root);
  const out = new Set<EntityKey>();
  const rest: { page: PageRecord; text: string }[] = [];
  for (const page of pages) {
    // A page that replaces another is a merge, an editor's work.
    if (page.data.replaces.length > 0) continue;
    const text = readFileSync(join(root, page.file), 'utf8');
    if (recorded.get(page.file) === digestOf(text)) out.add(page.key);
    else rest.push({ page, text });
  }
  if (rest.length === 0) return out;
  // The articles naming each page, read once against every page.
  const index = buildPageIndex(pages);
  const ignored = new Set(ignore.map(normaliseName));
  const naming = new Map<EntityKey, ArticleRecord[]>();
  const keysOf = new Map<string, EntityKey[]>();
  for (const article of articles) {
    const extraction = extractions.get(article.slug);
    if (!extraction) continue;
    const keys = resolveArticle(extraction, index, ignored).keys;
    keysOf.set(article.slug, keys);
    for (const key of keys) naming.set(key, [...(naming.get(key) ?? []), article]);
  }
  // First all of them planned at once (each then finds the others missing too, as when kb wrote them in one run),
  // then each of the others alone (its references then find the pages that stood when it was written).
  const restKeys = new Set(rest.map(({ page }) => page.key));
  const together = planPages(articles, extractions, pages.filter((page) => !restKeys.has(page.key)), ignore);
  const textOf = new Map(rest.map(({ page, text }) => [page.key, text]));
  for (const plan of together) if (textOf.get(plan.key) === plan.source) out.add(plan.key);
  for (const { page, text } of rest) {
    if (out.has(page.key)) continue;
    const named = naming.get(page.key);
    if (!named) continue;
    // The pages those articles name are all the planning can reach: the rest need not be indexed again per page.
    const reach = new Set(named.flatMap((article) => keysOf.get(article.slug) ?? []));
    reach.delete(page.key);
    const others = [...reach].flatMap((key) => index.byKey.get(key) ?? []);
    const plan = planPages(named, extractions, others, ignore).find((planned) => planned.key === page.key);
    if (plan?.source === text) out.add(page.key);
  }
  return out;
}
