// Splits a content file into YAML frontmatter and body, and maps frontmatter fields back to their lines
// so every error can name the line an editor has to fix.
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { DossierError } from '../errors.ts';

export interface Frontmatter {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the body's first line. */
  bodyLine: number;
  /** 1-based line of a top-level field in the file, or of the frontmatter's start when absent. */
  lineOf(field: string): number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parseFrontmatter(source: string, file: string): Frontmatter {
  const text = source.replace(/^\uFEFF/, '');
  const match = FENCE.exec(text);
  if (!match) {
    throw new DossierError(
      'has no frontmatter.',
      'Start the file with a line "---", the fields (name: …), and another line "---".',
      { file, line: 1 },
    );
  }
  const yamlText = match[1] ?? '';
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = 1 + lines.linePos(firstError.pos[0]).line;
    throw new DossierError(
      `has frontmatter that is not valid YAML (${firstError.message.split('\n')[0]}).`,
      'Fix the YAML on that line: "field: value", one per line, quote values that contain a colon.',
      { file, line },
    );
  }
  const data = doc.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new DossierError('has frontmatter that is not a list of fields.', 'Write one "field: value" per line.', {
      file,
      line: 2,
    });
  }
  const fieldLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        fieldLines.set(String(pair.key.value), 1 + lines.linePos(pair.key.range[0]).line);
      }
    }
  }
  const bodyLine = text.slice(0, match[0].length).split('\n').length;
  return {
    data: data as Record<string, unknown>,
    body: text.slice(match[0].length),
    bodyLine,
    lineOf: (field) => fieldLines.get(field) ?? 1,
  };
}
