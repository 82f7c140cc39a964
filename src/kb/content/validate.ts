// Turns Zod's complaints about a content file into Dossier errors naming the file, line and field.
import type { z } from 'zod';
import { DossierError } from '../errors.ts';
import type { Frontmatter } from './frontmatter.ts';

export function validateFrontmatter<S extends z.ZodType>(
  schema: S,
  fm: Frontmatter,
  file: string,
  errors: DossierError[],
): z.output<S> | undefined {
  const result = schema.safeParse(fm.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || '(frontmatter)';
    const top = String(issue.path[0] ?? '');
    const missing = issue.code === 'invalid_type' && fm.data[top] === undefined;
    errors.push(
      new DossierError(
        missing ? 'is required but missing.' : `${issue.message}.`,
        missing ? `Add a "${field}:" line to the frontmatter.` : 'Correct the value in the frontmatter.',
        { file, line: fm.lineOf(top), field },
      ),
    );
  }
  return undefined;
}
