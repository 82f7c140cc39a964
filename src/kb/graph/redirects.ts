// Old URLs of merged or renamed pages: each `replaces` entry of a page becomes a redirect to it, so a
// link anyone saved keeps working on a static host that has no server redirects.
import type { PageRecord } from '../content/content-model.ts';
import type { EntityKey } from '../types.ts';
import { entityKey } from '../types.ts';

export interface Redirect {
  /** The key the old page had. */
  from: EntityKey;
  /** The page it now lives at. */
  to: EntityKey;
}

export function redirectsOf(pages: Iterable<PageRecord>): Redirect[] {
  const redirects: Redirect[] = [];
  for (const page of pages) {
    for (const old of page.data.replaces) redirects.push({ from: entityKey(page.type, old), to: page.key });
  }
  return redirects;
}
