// Finds the page an editor means by a name: its name, one of its aliases, its file name or its file path.
import type { PageRecord } from '../content/content-model.ts';
import { DossierError } from '../errors.ts';
import { normaliseName } from '../text/normalise-name.ts';

export function findPageByName(pages: PageRecord[], name: string): PageRecord {
  const wanted = normaliseName(name);
  const exact = pages.filter((page) => page.file === name || page.slug === name || normaliseName(page.data.name) === wanted);
  const matches = exact.length > 0 ? exact : pages.filter((page) => page.data.aliases.some((alias) => normaliseName(alias) === wanted));
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw new DossierError(`No page is named "${name}".`, 'Give the name, an alias or the file (content/parties/x.mdx) of a page; `npm run review -- --list` lists the pages waiting.');
  }
  throw new DossierError(
    `"${name}" names ${matches.length} pages: ${matches.map((page) => page.file).join(', ')}.`,
    'Give the file of the one you mean (content/parties/x.mdx).',
  );
}
