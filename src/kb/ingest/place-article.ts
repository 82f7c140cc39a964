// Decides what becomes of a new article among those already known: a new file (under which slug), a syndicated
// copy of an earlier one, or nothing because the same text from the same outlet is already there.

import { DossierError } from '../errors.ts';
import type { NewArticle } from '../content/content-model.ts';
import { articleSlug, slugify } from '../text/slug.ts';
import type { KnownArticles } from './known-articles.ts';
import { textDigest } from './text-digest.ts';

/** Longest outlet part added to a slug. */
const OUTLET_SLUG_LENGTH = 40;

export type Placement =
  | { status: 'already-ingested'; slug: string }
  | { status: 'created'; slug: string; article: NewArticle };

/**
 * Where `article` goes. The same text (same digest, within a day) from the same outlet is already ingested;
 * from another outlet it is a syndicated copy, kept with `copyOf` naming the first article. The slug is
 * `<published>-<headline>`, or, when another outlet's article holds it, `<published>-<headline>-<outlet>` (the
 * outlet's name, else its web address's host). Throws a DossierError when the same outlet's article holds it with
 * a different text (an edited copy or an updated version), which only a person can sort out. `known` is told
 * of the article placed.
 */
export function placeArticle(article: NewArticle, known: KnownArticles, file: string): Placement {
  if (slugify(article.title) === '') {
    throw new DossierError(
      'The headline has no Latin letters or digits to name the article file after.',
      'Write the headline in Latin letters (transliterated if need be).',
      { file, field: 'title' },
    );
  }
  const digest = textDigest(article.paragraphs);
  const same = known.sameText(article.published, digest);
  const again = same.find((earlier) => sameOutlet(earlier.source, article.source));
  if (again) return { status: 'already-ingested', slug: again.slug };

  const slug = freeSlug(article, known, file);
  const original = same[0];
  const copyOf = original ? (original.copyOf ?? original.slug) : undefined;
  known.add({
    slug,
    published: article.published,
    digest,
    ...(article.source ? { source: article.source } : {}),
    ...(copyOf ? { copyOf } : {}),
  });
  return { status: 'created', slug, article: { ...article, ...(copyOf ? { copyOf } : {}) } };
}

/**
 * `<published>-<headline>`, or `<published>-<headline>-<outlet>` when another outlet's article holds that; a
 * DossierError when the slug is held by the same outlet's article (an edited copy, or an updated version).
 */
function freeSlug(article: NewArticle, known: KnownArticles, file: string): string {
  const base = articleSlug(article.published, article.title);
  const outlet = outletSlug(article);
  const candidates = [base, ...(outlet ? [`${base}-${outlet}`] : [])];
  for (const candidate of candidates) {
    if (!known.taken(candidate)) return candidate;
    const holder = known.holder(candidate);
    if (!holder || sameOutlet(holder.source, article.source)) {
      throw new DossierError(
        `Another article with the same date, headline and outlet already exists as ${candidate}, with a different text (an edited copy, or the outlet's updated version).`,
        'If it should replace that article, remove or rename its file in content/articles/ by hand and ingest again; if it is another article, give it its own headline.',
        { file },
      );
    }
  }
  throw new DossierError(
    `Other outlets' articles with the same date and headline already hold every name this one could take (${candidates.join(', ')}).`,
    'Give its outlet with a `source:` line or --source NAME, or give it its own headline.',
    { file },
  );
}

/** The outlet's part of a slug: its name, else the host of its address; '' when the article names neither. */
function outletSlug(article: NewArticle): string {
  const host = article.url ? new URL(article.url).hostname.replace(/^www\./, '') : '';
  return slugify(article.source ?? host, OUTLET_SLUG_LENGTH);
}

function sameOutlet(a: string | undefined, b: string | undefined): boolean {
  return slugify(a ?? '') === slugify(b ?? '');
}
