// Splits a content file into YAML frontmatter and body, and maps frontmatter fields (or those of a YAML file such as
// content/lexicon.yml) back to their lines so every error can name the line an editor has to fix.
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document, type YAMLError } from 'yaml';
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

/** The body of a file that opens with a frontmatter block (all after its closing fence), without parsing the fields. */
export function bodyAfterFrontmatter(source: string): string | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const match = FENCE.exec(text);
  return match ? text.slice(match[0].length) : undefined;
}

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

/** How many times aliases may repeat anchored values (the yaml library's default): enough for any real file. */
const MAX_ALIAS_COUNT = 100;

/**
 * Where the fault an error reports is. A quote or a flow list left open runs on to the end or to the next field, where
 * the parser notices it: the fault is then the field before, where it was opened.
 */
function faultAt(doc: Document, error: YAMLError): number {
  const at = error.pos[0];
  if (error.code !== 'MISSING_CHAR' && error.code !== 'BAD_INDENT') return at;
  let opened: number | undefined;
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const start = isNode(pair.key) ? pair.key.range?.[0] : undefined;
      if (start !== undefined && start < at) opened = start;
    }
  }
  return opened ?? at;
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
      { file, line: lineIn(faultAt(doc, firstError)) },
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // the yaml library's guard against anchors that expand exponentially throws a bare ReferenceError
    if (!(error instanceof ReferenceError)) throw error;
    const alias = yamlText.search(/\*[^\s,\]}]/);
    throw new DossierError(
      `has ${what} whose YAML references (*name) expand too far (${error.message.split('\n')[0]}).`,
      'Write the values out instead of repeating an anchor (&name) by reference (*name).',
      { file, line: lineIn(Math.max(0, alias)) },
    );
  }
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
