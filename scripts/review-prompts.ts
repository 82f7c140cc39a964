// The interactive half of `npm run review`: one page at a time, its doubts and evidence shown, the editor's choice
// asked with @inquirer/prompts and carried out by the review's content edits. Re-reads the queue after every
// change, so each page is shown as the files now stand.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as inquirer from '@inquirer/prompts';
import { reviewQueue } from '../src/kb/pipeline/review-queue.ts';
import type { PageRecord } from '../src/kb/content/content-model.ts';
import type { Assessment } from '../src/kb/review/assess.ts';
import * as edits from '../src/kb/review/edit-content.ts';
import { PARTY_KINDS, PLACE_KINDS } from '../src/kb/schemas/entity.ts';
import { ENTITY_TYPES, type EntityType } from '../src/kb/types.ts';

const SHOWN_SENTENCES = 5;

/** The questions the review asks: @inquirer/prompts in a terminal, scripted answers in a test. */
export interface Ask {
  select: typeof inquirer.select;
  input: typeof inquirer.input;
  search: typeof inquirer.search;
}

function show(page: Assessment, waiting: number): void {
  const lines = [``, `[${waiting} waiting] ${page.name}  (${page.type}${page.kind ? `, ${page.kind}` : ''})  ${page.file}`];
  if (page.aliases.length > 0) lines.push(`  aliases: ${page.aliases.join(', ')}`);
  for (const doubt of page.doubts) lines.push(`  doubt ${doubt.code}: ${doubt.message}`);
  if (page.notes.length > 0) lines.push(`  notes: ${page.notes.map((note) => note.code).join(', ')}`);
  for (const mention of page.mentions.slice(0, SHOWN_SENTENCES)) {
    lines.push(`  > ${mention.sentence}  (${mention.article}${mention.paragraph === 0 ? ', headline' : ` #p${mention.paragraph}`})`);
  }
  if (page.mentions.length > SHOWN_SENTENCES) lines.push(`  … and ${page.mentions.length - SHOWN_SENTENCES} more sentences`);
  console.log(lines.join('\n'));
}

/** Asks for another page of `type` by typing part of its name; the page a doubt names comes first. */
async function pickPage(ask: Ask, message: string, pages: PageRecord[], type: EntityType, self: string, first?: string): Promise<PageRecord | undefined> {
  const candidates = pages.filter((page) => page.type === type && page.key !== self);
  if (candidates.length === 0) {
    console.log(`There is no other ${type} page.`);
    return undefined;
  }
  const file = await ask.search<string>({
    message,
    source: (term) => {
      const lower = (term ?? '').toLowerCase();
      return candidates
        .filter((page) => [page.data.name, ...page.data.aliases, page.slug].some((name) => name.toLowerCase().includes(lower)))
        .sort((a, b) => Number(b.file === first) - Number(a.file === first) || a.data.name.localeCompare(b.data.name))
        .slice(0, 20)
        .map((page) => ({ name: `${page.data.name}  (${page.file})`, value: page.file }));
    },
  });
  return candidates.find((page) => page.file === file)!;
}

/** Asks what to do with one page and does it; false when the editor ends the review. */
async function reviewOne(ask: Ask, root: string, page: Assessment, pages: PageRecord[], unedited: boolean): Promise<boolean> {
  const record = pages.find((other) => other.key === page.key)!;
  const choices = [
    { name: 'keep it', value: 'keep' },
    { name: `reject it (delete the page, add "${page.name}" to content/ignore.yml)`, value: 'reject' },
    { name: 'merge it into another page', value: 'merge' },
    { name: 'rename it', value: 'rename' },
    ...(page.type === 'party' || page.type === 'place' ? [{ name: 'change its kind', value: 'kind' }] : []),
    { name: 'change its type', value: 'type' },
    ...(page.type === 'party' ? [{ name: 'set memberOf (the party it belongs to)', value: 'memberOf' }] : []),
    ...(page.type === 'place' ? [{ name: 'set within (the place it lies in)', value: 'within' }] : []),
    { name: 'skip it for now', value: 'skip' },
    { name: 'end the review', value: 'quit' },
  ];
  const action = await ask.select({ message: 'What should happen to this page?', choices });
  let files: string[] = [];
  switch (action) {
    case 'quit':
      return false;
    case 'skip':
      return true;
    case 'keep':
      files = edits.keepPage(root, record);
      break;
    case 'reject':
      if (!unedited && !(await ask.select({ message: `${page.file} has been edited by a person. Delete it all the same?`, choices: [{ name: 'no', value: false }, { name: 'yes, delete it', value: true }] }))) return true;
      files = edits.rejectPage(root, record, pages);
      break;
    case 'merge': {
      const into = await pickPage(ask, `Merge "${page.name}" into which page?`, pages, record.type, record.key, page.doubts.find((doubt) => doubt.other)?.other);
      if (into) files = edits.mergePage(root, record, into, pages, !unedited);
      break;
    }
    case 'rename':
      files = edits.renamePage(root, record, await ask.input({ message: 'New name (the old one stays an alias):', default: page.name, required: true }));
      break;
    case 'kind': {
      const kinds: readonly string[] = page.type === 'party' ? PARTY_KINDS : PLACE_KINDS;
      files = edits.setField(root, record, 'kind', await ask.select({ message: 'Kind:', choices: kinds.map((kind) => ({ name: kind, value: kind })), default: page.kind }));
      break;
    }
    case 'type': {
      const type = await ask.select<EntityType>({ message: 'Type:', choices: ENTITY_TYPES.filter((other) => other !== 'date' && other !== page.type).map((other) => ({ name: other, value: other })) });
      const kind = type === 'party' ? await ask.select({ message: 'Kind:', choices: PARTY_KINDS.map((k) => ({ name: k, value: k })) })
        : type === 'place' ? await ask.select({ message: 'Kind:', choices: PLACE_KINDS.map((k) => ({ name: k, value: k })) }) : undefined;
      files = edits.changeType(root, record, type, kind, pages);
      break;
    }
    case 'memberOf':
    case 'within': {
      const target = await pickPage(ask, action === 'memberOf' ? 'Member of which party?' : 'Within which place?', pages, record.type, record.key);
      if (target) files = edits.setField(root, record, action, target.slug);
      break;
    }
  }
  for (const file of new Set(files)) console.log(`${existsSync(join(root, file)) ? 'changed' : 'removed'} ${file}`);
  return true;
}

export async function interactiveReview(root: string, ask: Ask = inquirer): Promise<void> {
  const skipped = new Set<string>();
  for (;;) {
    const { snapshot, queue, unedited } = reviewQueue(root);
    const waiting = queue.filter((page) => !skipped.has(page.key));
    if (waiting.length === 0) {
      console.log(queue.length === 0 ? 'review: no page waits for review.' : 'review: every page was seen.');
      return;
    }
    const page = waiting[0]!;
    show(page, waiting.length);
    if (!(await reviewOne(ask, root, page, snapshot.pages, unedited.has(page.key)))) return;
    // Each page is shown once per session, whatever was done to it (kept, edited, skipped).
    skipped.add(page.key);
  }
}
