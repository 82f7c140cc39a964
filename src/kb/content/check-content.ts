// Checks that span pages: references to pages that do not exist, cycles in `within` and `memberOf`, two pages of
// one type with the same name, and aliases that could never link right (a function word of English, or another
// page's name). Run by `kb` and by the site build, so neither publishes a broken knowledge base.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { DossierError } from '../errors.ts';
import { normaliseName } from '../text/normalise-name.ts';
import type { EntityKey, EntityType } from '../types.ts';
import { TYPE_FOLDER, entityKey, splitKey } from '../types.ts';
import type { PageRecord } from './content-model.ts';

export function checkContent(pages: PageRecord[]): DossierError[] {
  const errors: DossierError[] = [];
  const byKey = new Map<EntityKey, PageRecord>();
  for (const page of pages) byKey.set(page.key, page);

  const refer = (page: PageRecord, field: string, target: EntityKey) => {
    if (byKey.has(target)) return;
    const { type, slug } = splitKey(target);
    errors.push(
      new DossierError(
        `points to "${slug}", but content/${TYPE_FOLDER[type]}/${slug}.mdx does not exist.`,
        `Use the file name of an existing page, or remove the "${field}" line.`,
        { file: page.file, field },
      ),
    );
  };

  const replaced = new Map<EntityKey, PageRecord>();
  for (const page of pages) {
    for (const old of page.data.replaces) {
      const oldKey = entityKey(page.type, old);
      const folder = TYPE_FOLDER[page.type];
      if (byKey.has(oldKey)) {
        errors.push(
          new DossierError(
            `replaces "${old}", but content/${folder}/${old}.mdx still exists.`,
            `Delete content/${folder}/${old}.mdx after moving its names into this page's aliases, or remove "${old}" from "replaces".`,
            { file: page.file, field: 'replaces' },
          ),
        );
      }
      const other = replaced.get(oldKey);
      if (other && other !== page) {
        errors.push(
          new DossierError(`replaces "${old}", as ${other.file} does too.`, 'Keep "' + old + '" in one page\'s "replaces" only.', {
            file: page.file,
            field: 'replaces',
          }),
        );
      }
      replaced.set(oldKey, page);
    }
  }

  const seenNames = new Map<string, PageRecord>();
  for (const page of pages) {
    const data = page.data;
    if ('memberOf' in data && data.memberOf) refer(page, 'memberOf', entityKey('party', data.memberOf));
    if ('within' in data && data.within) refer(page, 'within', entityKey('place', data.within));
    if ('parties' in data) for (const party of data.parties) refer(page, 'parties', entityKey('party', party));

    const nameKey = `${page.type}:${normaliseName(data.name)}`;
    const other = seenNames.get(nameKey);
    if (other) {
      errors.push(
        new DossierError(
          `has the same name "${data.name}" as ${other.file}.`,
          'Two pages of one type cannot share a name: merge them (move one page\'s aliases to the other and delete it) or rename one.',
          { file: page.file, field: 'name' },
        ),
      );
    } else {
      seenNames.set(nameKey, page);
    }
  }

  errors.push(...cycles(pages, byKey, 'place', 'within', 'is within itself'), ...cycles(pages, byKey, 'party', 'memberOf', 'is a member of itself'));
  errors.push(...aliasProblems(pages));
  // One file's problems together, files in order: the report reads like a to-do list.
  return errors.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? ''));
}

/** Pages of `type` that reach themselves by following `field` (a place within itself, a party a member of itself). */
function cycles(pages: PageRecord[], byKey: Map<EntityKey, PageRecord>, type: EntityType, field: 'within' | 'memberOf', problem: string): DossierError[] {
  const errors: DossierError[] = [];
  const next = (page: PageRecord | undefined): EntityKey | undefined => {
    const target = page ? (page.data as Record<string, unknown>)[field] : undefined;
    return typeof target === 'string' ? entityKey(type, target) : undefined;
  };
  for (const page of pages) {
    if (page.type !== type) continue;
    const path: EntityKey[] = [page.key];
    for (let key = next(page); key !== undefined; key = next(byKey.get(key))) {
      if (key === page.key) {
        errors.push(
          new DossierError(
            `${problem} through ${[...path, key].map((step) => splitKey(step).slug).join(' → ')}.`,
            `Break the cycle: remove or change one of these "${field}" lines.`,
            { file: page.file, field },
          ),
        );
        break;
      }
      if (path.includes(key)) break; // a cycle further up: reported on its own members
      path.push(key);
    }
  }
  return errors;
}

/** English function words, lower case (function-words.yml). Read from the project's engine when there is one: the
 * site bundles this module elsewhere, where the word list beside it is not copied. */
const FUNCTION_WORDS_FILE = ((): string => {
  const inProject = join(process.cwd(), 'src', 'kb', 'content', 'function-words.yml');
  return existsSync(inProject) ? inProject : fileURLToPath(new URL('./function-words.yml', import.meta.url));
})();
const FUNCTION_WORDS = new Set(
  Object.values(parseYaml(readFileSync(FUNCTION_WORDS_FILE, 'utf8')) as Record<string, string[]>).flat(),
);

/** An alias made only of function words ("the", "On", "of the"); one written in capitals ("US", "WHO") is an acronym. */
export function isFunctionWords(alias: string): boolean {
  if (/^\p{Lu}{2,}$/u.test(alias)) return false;
  const words = alias.toLowerCase().split(/[\s\p{P}]+/u).filter(Boolean);
  return words.length > 0 && words.every((word) => FUNCTION_WORDS.has(word));
}

/** Aliases that would link every use of a common word, or that another page of the type (not an issue) has as its name. */
function aliasProblems(pages: PageRecord[]): DossierError[] {
  const errors: DossierError[] = [];
  const named = new Map<string, PageRecord>();
  // Issues are left out: their names are phrases, and kb keeps an issue's phrasings of another's matter as aliases.
  for (const page of pages) if (page.type !== 'issue') named.set(`${page.type}:${normaliseName(page.data.name)}`, page);
  for (const page of pages) {
    for (const alias of page.data.aliases) {
      const owner = named.get(`${page.type}:${normaliseName(alias)}`);
      if (isFunctionWords(alias)) {
        errors.push(
          new DossierError(`has the alias "${alias}", a common English word: it would link every "${alias}" in every article.`, 'Remove it from the aliases.', {
            file: page.file,
            field: 'aliases',
          }),
        );
      } else if (owner && owner !== page) {
        errors.push(
          new DossierError(
            `has the alias "${alias}", the name of ${owner.file}: that page keeps it, so the alias never links here.`,
            'Remove it from the aliases, or merge the two pages.',
            { file: page.file, field: 'aliases' },
          ),
        );
      }
    }
  }
  return errors;
}
