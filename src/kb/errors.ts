// Dossier's own error: what was wrong, where (file, line, field) and what to do about it. It is a message
// of the unified family (a VFileMessage: `reason`, `file`, `line`, `place`, `source`, `ruleId`, `note`,
// `fatal`), so a plugin's complaint about a Markdown file and the engine's about a frontmatter field are
// the same kind of object, printed the same way. Scripts print `error.message` and exit 1; tests assert the
// exact text.
import { VFileMessage } from 'vfile-message';

export interface ErrorPlace {
  /** Path of the file at fault, relative to the project root where possible. */
  file?: string;
  /** 1-based line in that file. */
  line?: number;
  /** The frontmatter field or header key at fault. */
  field?: string;
}

export class DossierError extends VFileMessage {
  override readonly name = 'DossierError';
  /** The frontmatter field or header key at fault (also the message's `ruleId`). */
  readonly field: string | undefined;
  /** What to do about it, in one sentence (also the message's `note`). */
  readonly hint: string;
  /** What went wrong, without the place or the hint (also the message's `reason`). */
  readonly problem: string;

  constructor(problem: string, hint: string, place: ErrorPlace = {}) {
    super(problem, {
      source: 'dossier',
      ...(place.field ? { ruleId: place.field } : {}),
      ...(place.line ? { place: { line: place.line, column: 1 } } : {}),
    });
    this.file = place.file ?? '';
    this.fatal = true;
    this.note = hint;
    this.field = place.field;
    this.hint = hint;
    this.problem = problem;
    this.message = formatMessage(problem, hint, place);
  }
}

/** "content/x.md:3 field `published`: …. Fix: …" — the place as unified's reporters put it, then the problem and the hint. */
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
