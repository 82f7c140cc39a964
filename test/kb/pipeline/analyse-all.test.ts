// Analysis on every core gives, article for article, what one thread gives; an article that breaks the
// analyser still fails the run, with its own error.
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../src/kb/extract/index.ts';
import { analyseAll } from '../../../src/kb/pipeline/analyse-all.ts';
import type { ArticleText } from '../../../src/kb/types.ts';
import { loadLexicon } from '../../../src/kb/lexicon/lexicon.ts';

const lexicon = loadLexicon();

const PLACES = ['Cairo', 'Doha', 'Rafah', 'Khan Younis', 'Amman'];
const PEOPLE = ['Osama Hamdan', 'Abbas Kamel', 'William Burns', 'Izzat El-Reshiq', 'Sheikh Mohammed'];

function article(i: number): ArticleText {
  const day = String((i % 28) + 1).padStart(2, '0');
  return {
    slug: `article-${i}`,
    title: `Talks resume in ${PLACES[i % PLACES.length]} as envoys meet`,
    published: `2024-08-${day}`,
    paragraphs: [
      `${PEOPLE[i % PEOPLE.length]} said on Thursday that Hamas rejected the withdrawal from the Philadelphi Corridor.`,
      `Mediators from Egypt and Qatar met in ${PLACES[(i + 2) % PLACES.length]} on August ${(i % 20) + 1}, 2024, to discuss the release of hostages.`,
    ],
  };
}

describe('analyseAll', () => {
  it('gives the same analysis as one thread, in article order, when helpers share the work', async () => {
    const articles = Array.from({ length: 80 }, (_, i) => article(i));
    let last = 0;
    const analyses = await analyseAll(articles, lexicon, (done, total) => {
      expect(done).toBe(last + 1);
      expect(total).toBe(80);
      last = done;
    });
    expect(last).toBe(80);
    expect(analyses).toEqual(articles.map((a) => analyseArticle(a, lexicon)));
  });

  it('analyses a few articles on this thread alone', async () => {
    const articles = [article(1), article(2)];
    expect(await analyseAll(articles, lexicon)).toEqual(articles.map((a) => analyseArticle(a, lexicon)));
  });
});
