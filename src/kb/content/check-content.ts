// Checks that span pages: references to pages that do not exist, cycles in `within`, and two pages of one
// type with the same name. Run by `kb` and by the site build, so neither publishes a broken knowledge base.
import { DossierError } from '../errors.ts';
import { normaliseName } from '../text/normalise-name.ts';
import type { EntityKey } from '../types.ts';
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

  for (const page of pages) {
    if (page.type !== 'place') continue;
    const path: EntityKey[] = [page.key];
    let current: PageRecord | undefined = page;
    while (current && 'within' in current.data && current.data.within) {
      const next = entityKey('place', current.data.within);
      if (next === page.key) {
        errors.push(
          new DossierError(
            `is within itself through ${[...path, next].map((key) => key.slice(6)).join(' → ')}.`,
            'Break the cycle: remove or change one of these "within" lines.',
            { file: page.file, field: 'within' },
          ),
        );
        break;
      }
      if (path.includes(next)) break; // a cycle further up: reported on its own members
      path.push(next);
      current = byKey.get(next);
    }
  }
  // One file's problems together, files in order: the report reads like a to-do list.
  return errors.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? ''));
}
