// Builds the Pagefind full-text index of a built site through Pagefind's Node API.
import * as pagefind from 'pagefind';

export interface IndexSummary {
  pages: number;
}

/** Indexes every HTML page under `siteDir` (pages mark their own body, filters and weights) into siteDir/pagefind. */
export async function indexSite(siteDir: string): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
