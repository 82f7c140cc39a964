// Stories: an article joins the story whose defining parties and issues it names most; a tie goes to the
// story listed first; an article naming none stays unassigned. The schema refuses a story defined by nothing.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../src/kb/graph/build-graph.ts';
import { storySchema } from '../../src/kb/schemas/story.ts';
import { assignStories } from '../../src/lib/stories.ts';

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
