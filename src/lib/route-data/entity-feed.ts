// The entries of an entity's Atom feed: its newest positions (taken by it, or on it) and the newest paragraphs
// naming it, newest first, at most FEED_ENTRIES. A paragraph whose naming sentence is the quote of one of those
// positions is its entry once, as the position. Bounded work per feed: the graph keeps both lists newest first,
// so only their heads are read, however many articles name the entity.
import type { Graph } from '../../kb/graph/build-graph.ts';
import type { EntityKey, Stance } from '../../kb/types.ts';
import { FEED_ENTRIES } from '../bounds.ts';

export interface FeedEntry {
  kind: 'position' | 'mention';
  title: string;
  /** What the paragraph says: the sentence naming it, or the position's quote. */
  text: string;
  article: string;
  paragraph: number;
  published: string;
  source: string | undefined;
  /** Positions only. */
  stance?: Stance;
  party?: EntityKey;
  issue?: EntityKey;
}

export interface EntityFeedData {
  key: EntityKey;
  name: string;
  /** Newest first. */
  entries: FeedEntry[];
}

export function entityFeed(graph: Graph, key: EntityKey): EntityFeedData {
  const name = (k: EntityKey) => graph.entities.get(k)?.data.name ?? k;
  const article = (slug: string) => graph.articleBySlug.get(slug)!;
  const entries: FeedEntry[] = [];
  for (const list of [graph.positionsBy.get(key), graph.positionsOn.get(key)]) {
    for (const position of (list ?? []).slice(0, FEED_ENTRIES)) {
      const { published, source } = article(position.article);
      entries.push({
        kind: 'position',
        title: `${name(position.party)} ${position.stance} ${name(position.issue)}`,
        text: position.quote,
        article: position.article,
        paragraph: position.paragraph,
        published,
        source,
        stance: position.stance,
        party: position.party,
        issue: position.issue,
      });
    }
  }
  const quoted = new Set(entries.map((entry) => `${entry.article}#${entry.paragraph}\n${entry.text}`));
  const paragraphs = new Set<string>();
  for (const mention of graph.mentionsOf.get(key) ?? []) {
    if (paragraphs.size >= FEED_ENTRIES) break;
    const at = `${mention.article}#${mention.paragraph}`;
    if (paragraphs.has(at)) continue;
    paragraphs.add(at);
    if (quoted.has(`${at}\n${mention.sentence}`)) continue;
    const { title, published, source } = article(mention.article);
    entries.push({ kind: 'mention', title: `${name(key)} in “${title}”`, text: mention.sentence, article: mention.article, paragraph: mention.paragraph, published, source });
  }
  entries.sort((a, b) => b.published.localeCompare(a.published) || a.article.localeCompare(b.article) || a.paragraph - b.paragraph || a.kind.localeCompare(b.kind));
  return { key, name: name(key), entries: entries.slice(0, FEED_ENTRIES) };
}
