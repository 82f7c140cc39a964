// The Nu HTML Checker (vnu-jar, run once with Java over the built files) reports no error on the sample pages.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fileFor, readKb } from '../helpers/site-files.ts';
import { samplePages } from '../helpers/sample-pages.ts';

const siteDir = inject('siteDir');

describe('the Nu HTML Checker', () => {
  it('reports no error on home, the indexes, one page of each type, an article, the timeline, search, map and graph', () => {
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    const files = samplePages(readKb(siteDir)).map((path) => join(siteDir, fileFor(siteDir, path)!));
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
    expect(run.error).toBeUndefined();
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; url: string; message: string; extract?: string }[] }).messages;
    const errors = messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(`file:${siteDir}`, '')}: ${m.message} ${m.extract ?? ''}`);
    expect(errors).toEqual([]);
  });
});
