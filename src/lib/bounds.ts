// How much of a hub page's lists the page itself shows; the rest lives on sub-pages.
export const MENTIONS_PER_PAGE = 20;
export const RELATED_ON_PAGE = 15;
export const NEIGHBOURS_IN_GRAPH = 10;
export const STORY_GRAPH_NODES = 40;
/** /timeline/ lists every event up to this many; past it, one page per year, or per month in a fuller year. */
export const TIMELINE_ON_ONE_PAGE = 300;
/** Parties (and issues) with a narrowed timeline page of their own: the ones with the most events. */
export const TIMELINE_NARROWED_PER_TYPE = 40;
/** Positions listed on an entity page; the complete table is on its positions sub-pages. */
export const POSITIONS_PER_PAGE = 25;
