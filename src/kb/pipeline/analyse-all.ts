// Analyses the articles a kb run has no cached analysis for, on every core: the NLP layer (sentences,
// part-of-speech tags, dates, cue phrases) is the one CPU-bound step per article, and articles are
// independent. Helper threads and this one take articles from a shared counter, so a helper that starts
// late (it loads the language model first) or stops early costs nothing but its share.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyseArticle, type ArticleAnalysis } from '../extract/index.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { ArticleText } from '../types.ts';
import type { Progress } from './extract-all.ts';

/** Below this many articles, starting a helper (about half a second to load the model) is not worth it. */
const PARALLEL_FROM = 50;
const MAX_HELPERS = 3;

/** What a helper posts for each article it analysed. */
export interface Analysed {
  index: number;
  analysis: ArticleAnalysis;
}

function helperCount(articles: number): number {
  if (articles < PARALLEL_FROM) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, MAX_HELPERS));
}

export async function analyseAll(articles: ArticleText[], lexicon: Lexicon, progress?: Progress): Promise<ArticleAnalysis[]> {
  const results: (ArticleAnalysis | undefined)[] = new Array(articles.length);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  let done = 0;
  const record = (index: number, analysis: ArticleAnalysis) => {
    results[index] = analysis;
    done++;
    progress?.(done, articles.length);
  };

  const helpers: Promise<void>[] = [];
  for (let h = 0; h < helperCount(articles.length); h++) {
    const worker = new Worker(new URL('./analyse-worker.ts', import.meta.url), { workerData: { articles, counter, lexicon } });
    helpers.push(
      new Promise((resolve) => {
        worker.on('message', (message: Analysed) => record(message.index, message.analysis));
        // A helper that fails leaves the article it held unanswered; this thread analyses it below, and its
        // error, if the article itself is the cause, surfaces from there.
        worker.on('error', () => resolve());
        worker.on('exit', () => resolve());
      }),
    );
  }

  for (;;) {
    const index = Atomics.add(counter, 0, 1);
    if (index >= articles.length) break;
    record(index, analyseArticle(articles[index]!, lexicon));
    // Let the helpers' answers in between articles.
    if (helpers.length > 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(helpers);
  for (let index = 0; index < articles.length; index++) {
    if (!results[index]) record(index, analyseArticle(articles[index]!, lexicon));
  }
  return results as ArticleAnalysis[];
}
