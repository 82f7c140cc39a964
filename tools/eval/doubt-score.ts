// How well the review's doubts separate wrong new pages from right ones: a page `kb` created is right when it
// matches a gold item (required or optional) of an article that names it, by the corpus's own matching rules
// (score.ts), and wrong otherwise. Notes are not counted.
import { scoreArticle, type FoundEntity, type Gold } from './score.ts';

/** A page as `npm run kb -- --json` lists it under `created`. */
export interface CreatedPage {
  file: string;
  type: string;
  name: string;
  aliases: string[];
  doubts: string[];
  articles: string[];
}

export interface DoubtScore {
  wrong: { pages: number; doubted: number; names: string[] };
  right: { pages: number; doubted: number; names: string[] };
}

const TYPES = new Set(['party', 'place', 'date', 'issue']);

/** The page as the scorer reads an entity: a date page's day is its file name. */
function asFound(page: CreatedPage): FoundEntity {
  const slug = page.file.replace(/^.*\//, '').replace(/\.mdx$/, '');
  return { type: page.type as FoundEntity['type'], name: page.name, aliases: page.aliases, ...(page.type === 'date' ? { date: slug } : {}) };
}

/** Does the page match a required or optional gold item of one of the articles that name it? */
export function matchesGold(page: CreatedPage, goldOf: (article: string) => Gold | undefined): boolean {
  const found = asFound(page);
  return page.articles.some((article) => {
    const gold = goldOf(article);
    return gold !== undefined && scoreArticle([found], gold)[found.type].foundMatched === 1;
  });
}

export function scoreDoubts(created: CreatedPage[], goldOf: (article: string) => Gold | undefined): DoubtScore {
  const score: DoubtScore = { wrong: { pages: 0, doubted: 0, names: [] }, right: { pages: 0, doubted: 0, names: [] } };
  for (const page of created) {
    if (!TYPES.has(page.type) || !page.articles.some((article) => goldOf(article))) continue;
    const side = matchesGold(page, goldOf) ? score.right : score.wrong;
    side.pages++;
    if (page.doubts.length > 0) side.doubted++;
    else if (side === score.wrong) side.names.push(`${page.name} (${page.type})`);
    if (page.doubts.length > 0 && side === score.right) side.names.push(`${page.name} (${page.type}: ${page.doubts.join(', ')})`);
  }
  return score;
}
