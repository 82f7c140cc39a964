// Stories: each article joins the declared story whose defining parties and issues it names most (ties go
// to the story listed first: lowest order, then name); an article naming none of them joins none. With no
// story declared, the whole collection is one story.
import type { Graph } from '../kb/graph/build-graph.ts';
import { DossierError } from '../kb/errors.ts';
import type { StoryData } from '../kb/schemas/story.ts';
import { entityKey, type EntityKey } from '../kb/types.ts';

export interface StoryRecord {
  /** File name without extension. */
  slug: string;
  data: StoryData;
  /** The file's text, for the line of a field at fault. */
  source?: string;
}

/**
 * A story's parties and issues must be pages: a misspelt file name would silently leave its articles out.
 * One error per name that is no page, with the file, line and field.
 */
export function storyProblems(graph: Graph, stories: readonly StoryRecord[]): DossierError[] {
  const problems: DossierError[] = [];
  for (const story of stories) {
    const file = `content/stories/${story.slug}.mdx`;
    const lines = story.source?.split('\n') ?? [];
    for (const [field, type, folder] of [['parties', 'party', 'parties'], ['issues', 'issue', 'issues']] as const) {
      for (const slug of story.data[field]) {
        if (graph.entities.has(entityKey(type, slug))) continue;
        const index = lines.findIndex((line) => new RegExp(`(^|[\\s\\[,'"-])${slug}([\\s\\],'"]|$)`).test(line));
        problems.push(
          new DossierError(`"${slug}" is no ${type} page (content/${folder}/${slug}.mdx does not exist).`, `Give the file name of ${type === 'issue' ? 'an' : 'a'} ${type} page, without .mdx, or remove it.`, {
            file,
            field,
            ...(index >= 0 ? { line: index + 1 } : {}),
          }),
        );
      }
    }
  }
  return problems;
}

export interface StoryArticles {
  story: StoryRecord;
  /** Slugs of its articles. */
  articles: Set<string>;
}

export interface StoryAssignment {
  stories: StoryArticles[];
  /** Articles that name nothing that defines a story. */
  unassigned: Set<string>;
}

export function assignStories(graph: Graph, declared: readonly StoryRecord[]): StoryAssignment {
  const stories = [...declared]
    .sort((a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name))
    .map((story) => ({ story, articles: new Set<string>() }));
  const defining = stories.map(({ story }) => new Set<EntityKey>([
    ...story.data.parties.map((slug) => entityKey('party', slug)),
    ...story.data.issues.map((slug) => entityKey('issue', slug)),
  ]));
  const unassigned = new Set<string>();
  for (const article of graph.articles) {
    const named = new Set((graph.mentionsIn.get(article.slug) ?? []).map((mention) => mention.key));
    let best = -1;
    let bestShared = 0;
    defining.forEach((keys, i) => {
      let shared = 0;
      for (const key of keys) if (named.has(key)) shared++;
      if (shared > bestShared) [best, bestShared] = [i, shared];
    });
    if (best >= 0) stories[best]!.articles.add(article.slug);
    else unassigned.add(article.slug);
  }
  return { stories, unassigned };
}
