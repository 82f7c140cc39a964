// The pull-request comment: the pages the pull request adds, doubtful first, each doubt with the edit that fixes
// it (made in GitHub's web editor if need be), and the link to the built site. Markdown; article text and names
// are untrusted, so what they contribute is escaped for GitHub's Markdown.
import type { Assessment } from './assess.ts';

/** Escapes what GitHub's Markdown reads as syntax in a table cell (pipes, backticks, brackets, angle brackets, emphasis). */
export function escapeCell(text: string): string {
  return text.replace(/[\\`*_[\]<>|#!~]/g, (char) => `\\${char}`).replace(/\r?\n/g, ' ');
}

/** Room for the table in one comment, below GitHub's limit of 65,536 characters with the text around it. */
const MAX_TABLE = 60_000;

export interface CommentInput {
  pages: Assessment[];
  /** The artifact of the built site, when the run uploaded one. */
  previewUrl?: string;
  /** The repository and branch the files live on, for edit links ("owner/name", "branch"). */
  repository?: string;
  branch?: string;
}

function fileLink(file: string, input: CommentInput): string {
  const shown = `\`${file.replace(/`/g, '')}\``;
  if (!input.repository || !input.branch) return shown;
  return `[${shown}](https://github.com/${input.repository}/edit/${encodeURI(input.branch)}/${encodeURI(file)})`;
}

export function prComment(input: CommentInput): string {
  const pages = [...input.pages].sort((a, b) => b.doubts.length - a.doubts.length || a.file.localeCompare(b.file));
  const doubtful = pages.filter((page) => page.doubts.length > 0).length;
  const out = ['### New pages to review', ''];
  if (pages.length === 0) {
    out.push('This pull request adds no entity page.');
  } else {
    out.push(
      `This pull request adds ${pages.length} page${pages.length === 1 ? '' : 's'}; ${doubtful} ${doubtful === 1 ? 'has' : 'have'} doubts. ` +
        'Fix a doubtful page by making the edit shown (the file name opens it in the web editor), or with `npm run review`; see CONTRIBUTING.md, section 2.',
      '',
      '| page | type | doubts | fix | notes |',
      '|---|---|---|---|---|',
    );
    let length = out.join('\n').length;
    let left = pages.length;
    for (const page of pages) {
      const doubts = page.doubts.map((doubt) => `**${doubt.code}**: ${escapeCell(doubt.message)}`).join('<br>') || '–';
      const fixes = page.doubts.map((doubt) => escapeCell(doubt.fix)).join('<br>') || '–';
      const notes = page.notes.map((note) => note.code).join(', ') || '–';
      const row = `| ${fileLink(page.file, input)}<br>${escapeCell(page.name)} | ${page.type} | ${doubts} | ${fixes} | ${notes} |`;
      // GitHub refuses a comment past 65,536 characters: a large batch lists what fits, doubtful pages first.
      if (length + row.length > MAX_TABLE) break;
      out.push(row);
      length += row.length + 1;
      left--;
    }
    if (left > 0) out.push('', `… and ${left} more page${left === 1 ? '' : 's'} (the doubtful ones are all on the built site's \`/review/\` page, and \`npm run review -- --list\` lists them).`);
  }
  out.push('');
  if (input.previewUrl) out.push(`The built site of this pull request: [site-preview](${input.previewUrl}) (a zip of \`dist/\`; its \`/review/\` page lists every doubtful page with the sentences it comes from).`);
  return `${out.join('\n')}\n`;
}
