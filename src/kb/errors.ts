// Dossier's own error: what was wrong, where (file, line, field) and what to do about it.
// Scripts print `error.message` and exit 1; tests assert the exact text.

export interface ErrorPlace {
  /** Path of the file at fault, relative to the project root where possible. */
  file?: string;
  /** 1-based line in that file. */
  line?: number;
  /** The frontmatter field or header key at fault. */
  field?: string;
}

export class DossierError extends Error {
  override readonly name = 'DossierError';
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly field: string | undefined;
  /** What to do about it, in one sentence. */
  readonly hint: string;
  /** What went wrong, without the place or the hint. */
  readonly problem: string;

  constructor(problem: string, hint: string, place: ErrorPlace = {}) {
    super(formatMessage(problem, hint, place));
    this.problem = problem;
    this.hint = hint;
    this.file = place.file;
    this.line = place.line;
    this.field = place.field;
  }
}

/** "content/x.md:3: field `published`: …. Fix: …" */
function formatMessage(problem: string, hint: string, place: ErrorPlace): string {
  let where = '';
  if (place.file) where += place.line ? `${place.file}:${place.line}` : place.file;
  if (place.field) where += `${where ? ' ' : ''}field \`${place.field}\``;
  return `${where ? `${where}: ` : ''}${problem} ${hint}`.trim();
}

/** Several problems found in one run, reported together. */
export class DossierErrors extends Error {
  override readonly name = 'DossierErrors';
  readonly errors: DossierError[];

  constructor(errors: DossierError[]) {
    super(`${errors.length} problem${errors.length === 1 ? '' : 's'} found:\n${errors.map((e) => `  - ${e.message}`).join('\n')}`);
    this.errors = errors;
  }
}
