// The interactive review with scripted answers in place of the terminal: each page shown once with its evidence,
// and the editor's choices (merge, reject, rename, keep) carried out on the content files; kb --check then passes.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestFiles } from '../../src/kb/ingest/ingest.ts';
import { runKb } from '../../src/kb/pipeline/run-kb.ts';
import { interactiveReview, type Ask } from '../../scripts/review-prompts.ts';

let root: string;
const shown: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-review-prompts-'));
  for (const folder of ['articles', 'parties', 'places', 'dates', 'issues']) mkdirSync(join(root, 'content', folder), { recursive: true });
  // An invented strike story: a union named twice, a percentage taken for an issue.
  ingestFiles([join(process.cwd(), 'test', 'fixtures', 'review', 'kordo-strike.txt')], { contentDir: join(root, 'content') });
  await runKb(root);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The page on screen: the name after "[N waiting]" in the last block the review printed. */
function current(): string {
  return /\[\d+ waiting\] (.+?) {2}\(/.exec(shown.at(-1) ?? '')?.[1] ?? '';
}

const ask = {
  select: async (config: { message: string; choices: readonly { value: unknown }[] }) => {
    if (config.message !== 'What should happen to this page?') throw new Error(`unexpected question: ${config.message}`);
    const name = current();
    const action = name === 'Kordo Union of Teachers' ? 'merge' : /15 percent/.test(name) ? 'reject' : name === 'Ada Okonkwo' ? 'rename' : 'keep';
    expect(config.choices.map((choice) => choice.value)).toContain(action);
    return action;
  },
  input: async () => 'Ada N. Okonkwo',
  search: async (config: { source: (term: string) => Promise<{ value: string }[]> | { value: string }[] }) => {
    const found = await config.source('Kordo National');
    expect(found.map((choice) => choice.value)).toEqual(['content/parties/kordo-national-union-of-teachers.mdx']);
    return found[0]!.value;
  },
} as unknown as Ask;

describe('npm run review, answered by a script', () => {
  it('shows each page with its sentences and does what the editor chose', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation((line: unknown) => { shown.push(String(line)); });
    try {
      await interactiveReview(root, ask);
    } finally {
      log.mockRestore();
    }
    const pages = shown.filter((block) => /\[\d+ waiting\]/.test(block));
    // Doubtful pages come first, each with a sentence it comes from.
    expect(pages[0]).toMatch(/doubt /);
    expect(shown.join('\n')).toContain('> The Kordo Union of Teachers also rejected a 15 percent rise');
    expect(shown.at(-1)).toBe('review: no page waits for review.');

    expect(existsSync(join(root, 'content/parties/kordo-union-of-teachers.mdx'))).toBe(false);
    const stays = readFileSync(join(root, 'content/parties/kordo-national-union-of-teachers.mdx'), 'utf8');
    expect(stays).toContain('- Kordo Union of Teachers');
    expect(stays).toMatch(/replaces:\n\s+- kordo-union-of-teachers/);
    expect(readFileSync(join(root, 'content/ignore.yml'), 'utf8')).toMatch(/^- 15 percent/m);
    const renamed = readFileSync(join(root, 'content/parties/ada-okonkwo.mdx'), 'utf8');
    expect(renamed).toMatch(/^name: Ada N\. Okonkwo$/m);
    expect(renamed).toMatch(/aliases:\n(\s+- .+\n)*\s+- Ada Okonkwo\n/);
    expect(readFileSync(join(root, 'content/reviewed.yml'), 'utf8')).toContain('- content/parties/tarsik-halvorsen.mdx');
    expect((await runKb(root, { check: true })).missing).toEqual([]);
  });
});
