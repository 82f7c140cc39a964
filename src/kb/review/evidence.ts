// The evidence behind pages: every sentence that names them, with where it stands, and the positions taken on
// them, read from the extractions resolved against the pages as they now are.
import type { PageRecord } from '../content/content-model.ts';
import { buildPageIndex } from '../resolve/page-index.ts';
import { resolveArticle } from '../resolve/resolve-article.ts';
import { normaliseName } from '../text/normalise-name.ts';
import type { ArticleExtraction, ArticleText, EntityKey } from '../types.ts';

export interface EvidenceMention {
  article: string;
  /** The article's publication day, YYYY-MM-DD. */
  published: string;
  /** 0 is the headline. */
  paragraph: number;
  sentence: string;
  surface: string;
  /** Nothing but punctuation stands before the name in its sentence: capitals there prove nothing. */
  atSentenceStart: boolean;
  /** Where the name starts in `sentence` (UTF-16), or -1 when the sentence was not found in the paragraph. */
  offset: number;
}

export interface Evidence {
  mentions: EvidenceMention[];
  /** Positions taken on the page (an issue) or by it (a party). */
  positions: number;
}

/** Where the sentence holding offset `start` of `text` begins, or -1 when the text does not hold it there. */
function sentenceStart(text: string, sentence: string, start: number): number {
  let from = text.indexOf(sentence);
  while (from >= 0 && from + sentence.length < start) from = text.indexOf(sentence, from + 1);
  return from >= 0 && from <= start ? from : -1;
}

/** Where `surface` at `start` of `text` stands in its sentence: first, after nothing but quotes, brackets or dashes. */
export function startsSentence(text: string, sentence: string, start: number): boolean {
  const from = sentenceStart(text, sentence, start);
  const before = from >= 0 ? text.slice(from, start) : text.slice(0, start).split(/[.!?]\s+/).pop() ?? '';
  return !/[\p{L}\p{N}]/u.test(before);
}

export function gatherEvidence(
  articles: ArticleText[],
  extractions: Map<string, ArticleExtraction>,
  pages: PageRecord[],
  ignore: string[],
  keys: Set<EntityKey>,
): Map<EntityKey, Evidence> {
  const index = buildPageIndex(pages);
  const ignored = new Set(ignore.map(normaliseName));
  const out = new Map<EntityKey, Evidence>();
  for (const key of keys) out.set(key, { mentions: [], positions: 0 });
  for (const article of articles) {
    const extraction = extractions.get(article.slug);
    if (!extraction) continue;
    const resolved = resolveArticle(extraction, index, ignored);
    for (const mention of resolved.mentions) {
      const evidence = out.get(mention.key);
      if (!evidence) continue;
      const text = mention.paragraph === 0 ? article.title : article.paragraphs[mention.paragraph - 1] ?? '';
      evidence.mentions.push({
        article: article.slug,
        published: article.published,
        paragraph: mention.paragraph,
        sentence: mention.sentence,
        surface: mention.surface,
        atSentenceStart: startsSentence(text, mention.sentence, mention.start),
        offset: (() => {
          const from = sentenceStart(text, mention.sentence, mention.start);
          return from >= 0 ? mention.start - from : -1;
        })(),
      });
    }
    for (const position of resolved.positions) {
      for (const key of new Set([position.issue, position.party])) {
        const evidence = out.get(key);
        if (evidence) evidence.positions++;
      }
    }
  }
  return out;
}
