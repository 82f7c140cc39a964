// How much of a hub page's lists the page itself shows; the rest lives on sub-pages, which hold more
// each: a reader who goes past the first page wants the list, and fewer pages keep the build fast.
import type { Paging } from './paging.ts';

export const MENTIONS: Paging = { first: 20, rest: 100 };
/** Positions listed on an entity page; the complete table is on its positions sub-pages. */
export const POSITIONS: Paging = { first: 25, rest: 100 };
/** Related entities listed openly on an entity page. */
export const RELATED_ON_PAGE = 15;
/** Up to this many, the rest of the ranking is on the page itself (folded); past it, on /related/. */
export const RELATED_IN_FULL = 100;
export const NEIGHBOURS_IN_GRAPH = 10;
export const STORY_GRAPH_NODES = 40;
/** The story graph as drawn for phones: fewer nodes, so their names stay legible at 390 px. */
export const STORY_GRAPH_NODES_NARROW = 18;
/** /timeline/ lists every event up to this many; past it, one page per year, or per month in a fuller year. */
export const TIMELINE_ON_ONE_PAGE = 300;
/** Parties (and issues) with a narrowed timeline page of their own: the ones with the most events. */
export const TIMELINE_NARROWED_PER_TYPE = 40;
/** Position changes an issue or party page lists (newest first). */
export const CHANGES_ON_PAGE = 25;
/** The home page's glance of a story: parties × issues of its table, changes, developments, articles. */
export const GLANCE = { parties: 8, issues: 7, changes: 5, developments: 5, articles: 5 } as const;
/** Newest mentions and positions in an entity's Atom feed. */
export const FEED_ENTRIES = 10;
/** Who wants what on /issues/: the parties and issues with the most positions, so a large collection's table stays readable. */
export const STANCE_TABLE_FULL = { parties: 50, issues: 25 } as const;
