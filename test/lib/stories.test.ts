// Stories: an article joins the story whose defining parties and issues it names most; a tie goes to the
// story listed first; an article naming none stays unassigned. The schema refuses a story defined by nothing.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/kb/graph/build-graph.ts';
import { storySchema } from '../../src/kb/schemas/story.ts';
import { assignStories, storyProblems } from '../../src/lib/stories.ts';

const named: Record<string, string[]> = {
  'talks-1': ['party/velmor-front', 'issue/release-of-prisoners', 'party/harbour-union'],
  'strike-1': ['party/harbour-union', 'issue/wage-increase', 'place/selwyn'],
  both: ['party/velmor-front', 'party/harbour-union'],
  weather: ['place/selwyn'],
};
const graph = {
  articles: Object.keys(named).map((slug) => ({ slug })),
  mentionsIn: new Map(Object.entries(named).map(([slug, keys]) => [slug, keys.map((key) => ({ key }))])),
} as unknown as Graph;
const story = (slug: string, fields: object) => ({ slug, data: storySchema.parse(fields) });

describe('assignStories', () => {
  it('puts each article in the story it shares most with, ties to the first listed, the rest unassigned', () => {
    const { stories, unassigned } = assignStories(graph, [
      story('strike', { name: 'Selwyn strike', parties: ['harbour-union'], issues: ['wage-increase'], order: 2 }),
      story('talks', { name: 'Prisoner talks', parties: ['velmor-front'], issues: ['release-of-prisoners'], order: 1 }),
    ]);
    expect(stories.map((s) => [s.story.slug, [...s.articles]])).toEqual([
      ['talks', ['talks-1', 'both']],
      ['strike', ['strike-1']],
    ]);
    expect([...unassigned]).toEqual(['weather']);
  });

  it('refuses a story with no party or issue, and an unknown field', () => {
    expect(storySchema.safeParse({ name: 'Empty' }).error?.issues[0]?.message).toMatch(/at least one party or issue/);
    expect(storySchema.safeParse({ name: 'Typo', parties: ['a'], sumary: 'x' }).success).toBe(false);
  });
});

describe('storyProblems', () => {
  it('names the file, line and field of a party or issue that is no page', () => {
    const pages = { entities: new Map([['party/velmor-front', {}]]) } as unknown as Graph;
    const source = '---\nname: Talks\nparties:\n  - velmor-front\n  - velmor-frnt\nissues: [prisoner-release]\n---\n';
    const problems = storyProblems(pages, [{ slug: 'talks', data: storySchema.parse({ name: 'Talks', parties: ['velmor-front', 'velmor-frnt'], issues: ['prisoner-release'] }), source }]);
    expect(problems.map((p) => p.message)).toEqual([
      'content/stories/talks.mdx:5 field `parties`: "velmor-frnt" is no party page (content/parties/velmor-frnt.mdx does not exist). Give the file name of a party page, without .mdx, or remove it.',
      'content/stories/talks.mdx:6 field `issues`: "prisoner-release" is no issue page (content/issues/prisoner-release.mdx does not exist). Give the file name of an issue page, without .mdx, or remove it.',
    ]);
  });
});
