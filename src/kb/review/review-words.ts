// The review's word lists (review-words.yml beside this file), read once per process, found the way the
// engine's other word lists are (the site build runs a bundled copy of this module elsewhere).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { engineDir } from '../cache/engine-digest.ts';

export interface ReviewWords {
  numberWords: ReadonlySet<string>;
  percentWords: readonly string[];
  timeWords: ReadonlySet<string>;
  minorWords: ReadonlySet<string>;
  firstPersonWords: ReadonlySet<string>;
  vagueModifiers: ReadonlySet<string>;
  effectNouns: ReadonlySet<string>;
}

let cached: ReviewWords | undefined;

export function reviewWords(): ReviewWords {
  if (cached) return cached;
  const data = parseYaml(readFileSync(join(engineDir(process.cwd()), 'review', 'review-words.yml'), 'utf8')) as Record<string, string[]>;
  cached = {
    numberWords: new Set(data['numberWords']),
    percentWords: data['percentWords'] ?? [],
    timeWords: new Set(data['timeWords']),
    minorWords: new Set(data['minorWords']),
    firstPersonWords: new Set(data['firstPersonWords']),
    vagueModifiers: new Set(data['vagueModifiers']),
    effectNouns: new Set(data['effectNouns']),
  };
  return cached;
}
