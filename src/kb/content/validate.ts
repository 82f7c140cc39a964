// Turns Zod's complaints about a content file into Dossier errors naming the file, line and field.
import { z } from 'zod';
import { DossierError } from '../errors.ts';
import { editDistance } from '../text/edit-distance.ts';
import type { YamlFields } from './frontmatter.ts';

/**
 * The known field an unknown one was probably meant to be: the same letters in another case ("memberof"), or the
 * nearest within a third of its length in edits ("replace", "retraced"); undefined when none is that near.
 */
export function closestField(unknown: string, known: string[]): string | undefined {
  const lower = unknown.toLowerCase();
  const bound = Math.max(1, Math.floor(lower.length / 3));
  let best: { field: string; distance: number } | undefined;
  for (const field of known) {
    const distance = editDistance(lower, field.toLowerCase(), bound);
    if (distance <= bound && (!best || distance < best.distance)) best = { field, distance };
  }
  return best?.field;
}

/** `where` names the YAML in hints: "Correct the value in the frontmatter." */
export function validateFrontmatter<S extends z.ZodType>(
  schema: S,
  fm: YamlFields,
  file: string,
  errors: DossierError[],
  where = 'the frontmatter',
): z.output<S> | undefined {
  const result = schema.safeParse(fm.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // a strict schema: each unknown field on its own line, with the fields there are
      const known = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
      for (const key of issue.keys) {
        const near = closestField(key, known);
        const hint = `${near ? `Did you mean "${near}"? ` : ''}Use one of: ${known.join(', ')}.`;
        errors.push(new DossierError('is not a field Dossier knows.', hint, { file, line: fm.lineOf(key), field: key }));
      }
      continue;
    }
    const field = issue.path.map(String).join('.') || '(frontmatter)';
    const top = String(issue.path[0] ?? '');
    const missing = issue.code === 'invalid_type' && fm.data[top] === undefined;
    errors.push(
      new DossierError(
        missing ? 'is required but missing.' : `${issue.message}.`,
        missing ? `Add a "${field}:" line to ${where}.` : `Correct the value in ${where}.`,
        { file, line: fm.lineOf(top), field },
      ),
    );
  }
  return undefined;
}
