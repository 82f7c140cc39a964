// The result of a `kb` run when nothing changed since the last complete one, from the cache's record alone:
// entry scripts ask this before they import the engine (it loads only node built-ins and the cache files).
import { upToDate } from '../cache/up-to-date.ts';
import type { Homonym, KbResult } from './kb-result.ts';

/** The result of the last complete kb run while content and engine are unchanged; undefined when kb must run. */
export function upToDateResult(root: string): KbResult | undefined {
  const record = upToDate<{ homonyms: Homonym[] }>(root);
  if (!record) return undefined;
  return {
    missing: [],
    created: [],
    homonyms: record.value.homonyms,
    stats: { analysed: 0, cached: record.articles },
    extractionS: 0,
    articles: record.articles,
    pages: record.pages,
  };
}
