// Editing a word list, the engine's or the editor's, changes what the next `kb` run extracts, with no cache
// to clear and no version to bump: the cache is keyed on the engine's files and the editor's word lists.
// Runs the real command in a copy of the project, as an editor or a developer would.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scratchProject } from '../../helpers/scratch-project.ts';

const ARTICLE = `Harbour reopens after the storm
source: Example Wire
published: 2025-03-14

Chief Harbour Warden Ilse Varnum said the harbour would reopen on Monday.
`;

const project = scratchProject();
afterAll(() => project.remove());

/** The person pages `kb --check` says are missing (it writes nothing). */
function missingPeople(): string[] {
  const run = project.run('scripts/kb.ts', ['--check']);
  return [...`${run.stdout}${run.stderr}`.matchAll(/content\/parties\/([a-z0-9-]+)\.mdx/g)].map((match) => match[1]!).sort();
}

describe('kb after a word list changed', () => {
  it('extracts again by itself, for the engine\'s word lists and for the editor\'s', () => {
    project.write('article.txt', ARTICLE);
    expect(project.run('scripts/ingest.ts', ['article.txt']).status).toBe(0);
    expect(missingPeople()).toEqual(['harbour-warden-ilse-varnum']);

    // An editor adds the title for the beat.
    project.write('content/lexicon.yml', 'titles: [chief harbour warden]\n');
    expect(missingPeople()).toEqual(['ilse-varnum']);

    // The title moves into the engine's own list instead: the engine changed, its analyses are not reused.
    project.write('content/lexicon.yml', '');
    expect(missingPeople()).toEqual(['harbour-warden-ilse-varnum']);
    const titles = join(project.root, 'src', 'kb', 'lexicon', 'titles.yml');
    writeFileSync(titles, readFileSync(titles, 'utf8').replace('titles: [', 'titles: [chief harbour warden, '));
    expect(missingPeople()).toEqual(['ilse-varnum']);
  });
});
