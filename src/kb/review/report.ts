// The review as people and machines read it: the JSON object `npm run kb -- --json` prints, and the table
// `npm run kb` prints, doubtful pages first.
import type { Assessment } from './assess.ts';

export interface CreatedEntry {
  file: string;
  type: string;
  name: string;
  aliases: string[];
  doubts: string[];
  notes: string[];
  /** The articles that name it (slugs): where its evidence is. */
  articles: string[];
}

export function createdEntries(assessments: Assessment[]): CreatedEntry[] {
  return assessments.map((page) => ({
    file: page.file,
    type: page.type,
    name: page.name,
    aliases: page.aliases,
    doubts: page.doubts.map((doubt) => doubt.code),
    notes: page.notes.map((note) => note.code),
    articles: [...new Set(page.mentions.map((mention) => mention.article))],
  }));
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/**
 * A plain-text table: one line per page (file, type, doubts, notes), doubtful first, and under each doubtful page
 * the sentence of each doubt. Columns are as wide as their longest cell.
 */
export function reviewTable(assessments: Assessment[]): string {
  if (assessments.length === 0) return '';
  const rows = assessments.map((page) => [page.file, page.type, page.doubts.map((d) => d.code).join(', ') || '-', page.notes.map((n) => n.code).join(', ') || '-']);
  const header = ['page', 'type', 'doubts', 'notes'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === cells.length - 1 ? cell : pad(cell, widths[column]!))).join('  ').trimEnd();
  const out = [line(header), line(widths.map((width) => '-'.repeat(width)))];
  assessments.forEach((page, i) => {
    out.push(line(rows[i]!));
    for (const doubt of page.doubts) out.push(`    ${doubt.code}: ${doubt.message}`);
  });
  const doubtful = assessments.filter((page) => page.doubts.length > 0).length;
  out.push('', `${doubtful} of ${assessments.length} new page${assessments.length === 1 ? '' : 's'} with doubts: review them with \`npm run review\`.`);
  return out.join('\n');
}
