// dist/kb.json: the whole knowledge base as data, exactly per the contract in DESIGN.md (fields may be
// added, never removed or renamed). Every URL includes the site's base path.
import type { Graph } from './build-graph.ts';
import { TYPE_FOLDER } from '../types.ts';
import type { Stance } from '../types.ts';

export interface KbJson {
  articles: { slug: string; title: string; published: string; source?: string; author?: string; url: string; copyOf?: string; retracted?: boolean }[];
  entities: {
    type: string;
    slug: string;
    name: string;
    aliases: string[];
    /** Issues: phrasings of the reverse it gathered ("withdrawal from X" on "presence in X"). */
    opposites?: string[];
    date?: string;
    kind?: string;
    url: string;
    mentions: { article: string; paragraph: number; text: string }[];
  }[];
  relations: { from: string; to: string; weight: number }[];
  positions: { issue: string; party: string; stance: Stance; article: string; paragraph: number; quote: string }[];
  /** An extension: where a party's stance on an issue differs between articles of different dates, newest first. */
  changes: { party: string; issue: string; from: ChangeEnd; to: ChangeEnd }[];
}

/** One side of a position change: the stance, its quote, and the article, paragraph and date reporting it. */
export interface ChangeEnd {
  stance: Stance;
  quote: string;
  article: string;
  paragraph: number;
  published: string;
}

/** `base` is the site's base path with a trailing slash, e.g. "/" or "/dossier/". */
export function kbJson(graph: Graph, base: string): KbJson {
  const articles: KbJson['articles'] = graph.articles.map((article) => ({
    slug: article.slug,
    title: article.title,
    published: article.published,
    ...(article.source ? { source: article.source } : {}),
    ...(article.data.author ? { author: article.data.author } : {}),
    url: `${base}articles/${article.slug}/`,
    ...(article.data.copyOf ? { copyOf: article.data.copyOf } : {}),
    ...(article.data.retracted ? { retracted: true } : {}),
  }));
  const entities: KbJson['entities'] = [];
  for (const page of graph.entities.values()) {
    const data = page.data;
    const opposites = graph.opposites.get(page.key) ?? [];
    const reversed = new Set(opposites.map((phrase) => phrase.toLowerCase()));
    entities.push({
      type: page.type,
      slug: page.slug,
      name: data.name,
      aliases: data.aliases.filter((alias) => !reversed.has(alias.toLowerCase())),
      ...(page.type === 'issue' ? { opposites } : {}),
      ...('date' in data ? { date: data.date } : {}),
      ...('kind' in data ? { kind: data.kind } : {}),
      url: `${base}${TYPE_FOLDER[page.type]}/${page.slug}/`,
      mentions: sentenceMentions(graph.mentionsOf.get(page.key) ?? []),
    });
  }
  const positions: KbJson['positions'] = [];
  for (const list of graph.positionsOn.values()) {
    for (const position of list) {
      positions.push({
        issue: position.issue,
        party: position.party,
        stance: position.stance,
        article: position.article,
        paragraph: position.paragraph,
        quote: position.quote,
      });
    }
  }
  const end = ({ stance, quote, article, paragraph, published }: ChangeEnd): ChangeEnd => ({ stance, quote, article, paragraph, published });
  const changes: KbJson['changes'] = graph.changes.all.map((change) => ({ party: change.party, issue: change.issue, from: end(change.from), to: end(change.to) }));
  return { articles, entities, relations: graph.relations, positions, changes };
}

/**
 * One record per sentence that names the entity: a name repeated within a sentence ("the Northern League
 * (NL)") adds a mention on the page but nothing a reader of the data could tell apart, and at scale these
 * repeats were a fifteenth of the file.
 */
function sentenceMentions(mentions: readonly { article: string; paragraph: number; sentence: string }[]): KbJson['entities'][number]['mentions'] {
  const seen = new Set<string>();
  const out: KbJson['entities'][number]['mentions'] = [];
  for (const { article, paragraph, sentence } of mentions) {
    const key = `${article}\u0000${paragraph}\u0000${sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ article, paragraph, text: sentence });
  }
  return out;
}
