// What content/articles/ already holds, as far as placing a new article needs it: which slugs are taken, and
// which articles of nearby days carry the same text (by digest), read lazily and extended by each planned article.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../errors.ts';
import { parseFrontmatter } from '../content/frontmatter.ts';
import { paragraphsOf } from '../content/article-format.ts';
import { textDigest } from './text-digest.ts';

/** An article already written or planned in this run. */
export interface KnownArticle {
  slug: string;
  published: string;
  digest: string;
  source?: string;
  /** The slug of the original when this article is itself a syndicated copy. */
  copyOf?: string;
}

/** Wire copies run a day apart across time zones: the days either side of an article's date are searched too. */
const DAYS_AROUND = 1;

export class KnownArticles {
  readonly #dir: string;
  readonly #byDay = new Map<string, KnownArticle[]>();
  readonly #slugs = new Set<string>();
  #filesByDay: Map<string, string[]> | undefined;

  /** `dir` is content/articles/ (it may not exist yet). */
  constructor(dir: string) {
    this.#dir = dir;
  }

  /** Whether an article file with this slug exists or is planned in this run. */
  taken(slug: string): boolean {
    return this.#slugs.has(slug) || existsSync(join(this.#dir, `${slug}.md`));
  }

  /** Articles published within a day of `published` whose text has `digest`, oldest slug first. */
  sameText(published: string, digest: string): KnownArticle[] {
    return nearbyDays(published)
      .flatMap((day) => this.#articlesOf(day))
      .filter((article) => article.digest === digest)
      .sort((a, b) => a.slug.localeCompare(b.slug));
  }

  /** The article holding `slug`, when it exists (or is planned) and can be read. */
  holder(slug: string): KnownArticle | undefined {
    return this.#articlesOf(slug.slice(0, 10)).find((article) => article.slug === slug);
  }

  /** Records an article planned in this run. */
  add(article: KnownArticle): void {
    this.#slugs.add(article.slug);
    this.#articlesOf(article.published).push(article);
  }

  #articlesOf(day: string): KnownArticle[] {
    let list = this.#byDay.get(day);
    if (!list) {
      list = (this.#files().get(day) ?? []).flatMap((name) => this.#read(name));
      this.#byDay.set(day, list);
    }
    return list;
  }

  /** The article files by the day their name starts with (every slug starts with its published day). */
  #files(): Map<string, string[]> {
    if (!this.#filesByDay) {
      this.#filesByDay = new Map();
      const names = existsSync(this.#dir) ? readdirSync(this.#dir) : [];
      for (const name of names) {
        if (!/^\d{4}-\d{2}-\d{2}-.*\.md$/.test(name)) continue;
        const day = name.slice(0, 10);
        const list = this.#filesByDay.get(day);
        if (list) list.push(name);
        else this.#filesByDay.set(day, [name]);
      }
    }
    return this.#filesByDay;
  }

  /** An existing article file's digest and outlet; a file that does not parse is left to the content checks. */
  #read(name: string): KnownArticle[] {
    const file = join(this.#dir, name);
    try {
      const { data, body } = parseFrontmatter(readFileSync(file, 'utf8'), file);
      const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
      const source = text('source');
      const copyOf = text('copyOf');
      return [
        {
          slug: name.slice(0, -'.md'.length),
          published: name.slice(0, 10),
          digest: textDigest(paragraphsOf(body)),
          ...(source ? { source } : {}),
          ...(copyOf ? { copyOf } : {}),
        },
      ];
    } catch (error) {
      if (error instanceof DossierError) return [];
      throw error;
    }
  }
}

/** YYYY-MM-DD of `day` and of the DAYS_AROUND days before and after it. */
function nearbyDays(day: string): string[] {
  const noon = Date.parse(`${day}T12:00:00Z`);
  const days: string[] = [];
  for (let offset = -DAYS_AROUND; offset <= DAYS_AROUND; offset++) {
    days.push(new Date(noon + offset * 86_400_000).toISOString().slice(0, 10));
  }
  return days;
}
