// The benchmark's corpus kinds by name (`npm run bench -- --kind NAME`): `wire`, one long diplomatic story in
// wire style (corpus.ts), and `desk`, a regional newsroom's five desks in agency style (corpus-desk.ts), with
// other invented names and other shapes.
import { generateCorpus, type Corpus } from './corpus.ts';
import { generateDeskCorpus } from './corpus-desk.ts';

export const CORPUS_KINDS: Record<string, (count: number, seed: number) => Corpus> = {
  wire: generateCorpus,
  desk: generateDeskCorpus,
};

/** The corpus of `count` articles of `kind` for `seed`; an unknown kind is an error naming the kinds there are. */
export function corpusOf(kind: string, count: number, seed: number): Corpus {
  const generate = Object.hasOwn(CORPUS_KINDS, kind) ? CORPUS_KINDS[kind] : undefined;
  if (!generate) throw new Error(`Unknown corpus kind "${kind}": use one of ${Object.keys(CORPUS_KINDS).join(', ')}.`);
  return generate(count, seed);
}
