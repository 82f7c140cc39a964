// The route data of the home page: the story at a glance (one glance per declared story, one for the
// articles no story claims, or one over the whole collection when no story is declared), each with who
// wants what, the changes of position, the latest developments and the latest articles; then the
// most-mentioned parties and places and the most recent dates.
import type { Graph } from '../../kb/graph/build-graph.ts';
import type { ArticleRecord } from '../../kb/content/content-model.ts';
import type { EntityKey, EntityType } from '../../kb/types.ts';
import { GLANCE } from '../bounds.ts';
import type { Knowledge } from '../knowledge.ts';
import { assignStories } from '../stories.ts';
import { changeList, type ChangeListData } from './change-list.ts';
import { latestDevelopments, type Development } from './developments.ts';
import { entityRef, type EntityRef } from './entity-ref.ts';
import { routeData, type RouteData } from './route-data.ts';
import { stanceTable, type StanceTableData } from './stance-table.ts';

export interface CountedEntity {
  entity: EntityRef;
  mentions: number;
}

export interface Glance {
  /** Prefix of the section's element ids. */
  id: string;
  /** The story's name; undefined for the one glance over a collection that declares no story. */
  title: string | undefined;
  summary: string | undefined;
  articleCount: number;
  table: StanceTableData;
  changes: ChangeListData;
  developments: Development[];
  latest: { article: ArticleRecord; mentions: number }[];
}

export interface HomePageData extends RouteData {
  articleCount: number;
  glances: Glance[];
  parties: CountedEntity[];
  places: CountedEntity[];
  /** The most recent dates any article names. */
  dates: CountedEntity[];
}

function glance(graph: Graph, id: string, title: string | undefined, summary: string | undefined, articles?: Set<string>): Glance {
  const counted = (slug: string) => !articles || articles.has(slug);
  const own = graph.articles.filter((article) => counted(article.slug));
  return {
    id,
    title,
    summary,
    articleCount: own.length,
    table: stanceTable(graph, { parties: GLANCE.parties, issues: GLANCE.issues, ...(articles ? { articles } : {}) }),
    changes: changeList(graph, graph.changes.all.filter((change) => counted(change.to.article)), GLANCE.changes),
    developments: latestDevelopments(graph, GLANCE.developments, articles),
    latest: own.slice(0, GLANCE.articles).map((article) => ({ article, mentions: graph.mentionsIn.get(article.slug)?.length ?? 0 })),
  };
}

export function homePage({ graph, stories }: Knowledge): HomePageData {
  const counted = (key: EntityKey): CountedEntity => ({ entity: entityRef(graph, key), mentions: graph.mentionsOf.get(key)?.length ?? 0 });
  const top = (type: EntityType, limit: number) => (graph.ranked.get(type) ?? []).slice(0, limit).map(counted);
  const glances: Glance[] = [];
  if (stories.length === 0) glances.push(glance(graph, 'story', undefined, undefined));
  else {
    const assignment = assignStories(graph, stories);
    for (const { story, articles } of assignment.stories) glances.push(glance(graph, `story-${story.slug}`, story.data.name, story.data.summary, articles));
    if (assignment.unassigned.size > 0) glances.push(glance(graph, 'story-other', 'Other articles', 'Articles that name none of the parties and issues defining a story.', assignment.unassigned));
  }
  return {
    ...routeData(graph),
    articleCount: graph.articles.length,
    glances,
    parties: top('party', 10),
    places: top('place', 10),
    dates: [...graph.dates].reverse().map(counted).filter((row) => row.mentions > 0).slice(0, 8),
  };
}
