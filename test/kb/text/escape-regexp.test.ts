// A pattern built from escaped text matches that text literally and nothing else.
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/kb/text/escape-regexp.ts';

describe('escapeRegExp', () => {
  it('makes every special character literal', () => {
    const text = 'U.S. (acting) [x]+y*z? ^$ {1} a|b \\';
    const pattern = new RegExp(`^${escapeRegExp(text)}$`);
    expect(pattern.test(text)).toBe(true);
    expect(pattern.test('UxS. (acting) [x]+y*z? ^$ {1} a|b \\')).toBe(false);
    expect(new RegExp(escapeRegExp('a|b')).test('b')).toBe(false);
  });
});
