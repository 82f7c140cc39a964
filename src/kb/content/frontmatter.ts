// Splits a content file into YAML frontmatter and body, and maps frontmatter fields (or those of a YAML file such as
// content/lexicon.yml) back to their lines so every error can name the line an editor has to fix.
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { DossierError } from '../errors.ts';

/** A YAML mapping read from a file, with the line each top-level field stands on. */
export interface YamlFields {
  data: Record<string, unknown>;
  /** 1-based line of a top-level field in the file, or of the line before the YAML (line 1 at least) when absent. */
  lineOf(field: string): number;
}

export interface Frontmatter extends YamlFields {
  body: string;
  /** 1-based line of the body's first line. */
  bodyLine: number;
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
  const bodyLine = text.slice(0, match[0].length).split('\n').length;
  return { ...parseYamlFields(match[1] ?? '', file, 2, 'frontmatter'), body: text.slice(match[0].length), bodyLine };
}

/** Parses YAML that starts on line `firstLine` of `file` into its fields; `what` names the YAML in errors ("frontmatter"). */
export function parseYamlFields(yamlText: string, file: string, firstLine: number, what: string): YamlFields {
  const lines = new LineCounter();
  const lineIn = (offset: number): number => firstLine - 1 + lines.linePos(offset).line;
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) {
    throw new DossierError(
      `has ${what} that is not valid YAML (${firstError.message.split('\n')[0]}).`,
      'Fix the YAML on that line: "field: value", one per line, quote values that contain a colon.',
      { file, line: lineIn(firstError.pos[0]) },
    );
  }
  const data = doc.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new DossierError(`has ${what} that is not a list of fields.`, 'Write one "field: value" per line.', {
      file,
      line: firstLine,
    });
  }
  const fieldLines = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        fieldLines.set(String(pair.key.value), lineIn(pair.key.range[0]));
      }
    }
  }
  return { data: data as Record<string, unknown>, lineOf: (field) => fieldLines.get(field) ?? Math.max(1, firstLine - 1) };
}
