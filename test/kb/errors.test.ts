// Dossier's error is a message of the unified family: the same fields as a plugin's message about a file.
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { DossierError, DossierErrors } from '../../src/kb/errors.ts';

describe('DossierError', () => {
  it('says where, what and what to do, and carries them as a VFileMessage does', () => {
    const error = new DossierError('must be a date.', 'Write it as YYYY-MM-DD.', { file: 'content/dates/x.mdx', line: 3, field: 'date' });
    expect(error.message).toBe('content/dates/x.mdx:3 field `date`: must be a date. Write it as YYYY-MM-DD.');
    expect(error).toBeInstanceOf(VFileMessage);
    expect(error).toMatchObject({ reason: 'must be a date.', file: 'content/dates/x.mdx', line: 3, column: 1, ruleId: 'date', source: 'dossier', note: 'Write it as YYYY-MM-DD.', fatal: true, name: 'DossierError' });
  });

  it('leaves out the parts of the place it does not know', () => {
    expect(new DossierError('is empty.', 'Add a headline.', { file: 'a.txt' }).message).toBe('a.txt: is empty. Add a headline.');
    expect(new DossierError('No file given.', 'Name one.').message).toBe('No file given. Name one.');
  });

  it('lists several problems as one report', () => {
    const errors = new DossierErrors([new DossierError('one.', 'Fix it.', { file: 'a' }), new DossierError('two.', 'Fix that.', { file: 'b' })]);
    expect(errors.message).toBe('2 problems found:\n  - a: one. Fix it.\n  - b: two. Fix that.');
  });
});
