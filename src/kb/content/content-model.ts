// What the engine reads from content/: articles, entity pages and the ignore list, already validated.
import type { ArticleData } from '../schemas/article.ts';
import type { EntityData } from '../schemas/entity.ts';
import type { ArticleText, EntityKey, EntityType } from '../types.ts';

/** What an article file is written from: its headline, date, outlet, address and plain-text paragraphs. */
export interface NewArticle {
  title: string;
  /** YYYY-MM-DD */
  published: string;
  source?: string;
  url?: string;
  author?: string;
  /** The slug of the article this one is a syndicated copy of. */
  copyOf?: string;
  paragraphs: string[];
}

/** An entity page as it stands in content/. */
export interface PageRecord {
  key: EntityKey;
  type: EntityType;
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: EntityData;
}

/** An article with its validated frontmatter and plain-text paragraphs. */
export interface ArticleRecord extends ArticleText {
  file: string;
  data: ArticleData;
}

export interface ContentSnapshot {
  articles: ArticleRecord[];
  pages: PageRecord[];
  /** Names editors rejected for good (content/ignore.yml). */
  ignore: string[];
}
