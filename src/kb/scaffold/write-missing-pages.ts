// The only writer of entity pages: creates each planned page with an exclusive, atomic write, so an
// existing file (the editor's) is never touched and an interrupted run leaves no half-written page.
import { join } from 'node:path';
import { writeNewFiles } from '../fs/write-new-file.ts';
import type { PlannedPage } from './plan-pages.ts';

export function writeMissingPages(root: string, planned: PlannedPage[]): PlannedPage[] {
  const results = writeNewFiles(planned.map((page) => ({ path: join(root, page.file), content: page.source })));
  return planned.filter((_, i) => results[i] === 'created');
}
