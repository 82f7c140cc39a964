// One page of an entity's mention list: its articles (newest first) with their quotes, and where the page
// stands in the whole list.
import type { Graph, MentionRef } from '../../kb/graph/build-graph.ts';
import type { ArticleRecord } from '../../kb/content/content-model.ts';
import type { EntityKey } from '../../kb/types.ts';
import { MENTIONS } from '../bounds.ts';
import { mentionGroups } from '../mention-groups.ts';
import { pageCount, pageRange } from '../paging.ts';

export interface MentionListData {
  /** The entity mentioned. */
  owner: EntityKey;
  /** 1-based page of articles shown. */
  page: number;
  pages: number;
  /** Mentions and articles in the whole list. */
  mentionCount: number;
  articleCount: number;
  /** Index of this page's first article in the whole list. */
  start: number;
  groups: { article: ArticleRecord; quotes: MentionRef[] }[];
}

export function mentionList(graph: Graph, owner: EntityKey, page = 1): MentionListData {
  const groups = mentionGroups(graph, owner);
  const [start, end] = pageRange(page, MENTIONS);
  return {
    owner,
    page,
    pages: pageCount(groups.length, MENTIONS),
    mentionCount: graph.mentionsOf.get(owner)?.length ?? 0,
    articleCount: groups.length,
    start,
    groups: groups.slice(start, end).map(({ slug, quotes }) => ({ article: graph.articleBySlug.get(slug)!, quotes })),
  };
}
