// A helper thread of analyse-all.ts: takes articles by index from the shared counter until none is left,
// and posts each analysis back.
import { parentPort, workerData } from 'node:worker_threads';
import { analyseArticle } from '../extract/index.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { ArticleText } from '../types.ts';
import type { Analysed } from './analyse-all.ts';

const { articles, counter, lexicon } = workerData as { articles: ArticleText[]; counter: Int32Array; lexicon: Lexicon };
for (;;) {
  const index = Atomics.add(counter, 0, 1);
  if (index >= articles.length) break;
  const message: Analysed = { index, analysis: analyseArticle(articles[index]!, lexicon) };
  parentPort!.postMessage(message);
}
