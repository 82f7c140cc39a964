// The plain-text article format: what it accepts and normalises, and the exact message for each refusal.

import { describe, expect, it } from 'vitest';
import { parsePlainText, parsePlainTextFile } from '../../../src/kb/ingest/parse-plain-text.ts';
import { refusal } from '../../helpers/refusal.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parsePlainText', () => {
  it('reads headline, header lines and blank-line separated paragraphs', () => {
    const text = 'Ferry service resumes\nsource: Harbour Gazette\nurl: https://example.org/ferry\npublished: 2023-05-04\n\nThe first boat left at dawn\nwith forty people aboard.\n\nMore will follow on Friday.\n';
    expect(parsePlainText(text, 'ferry.txt')).toEqual({
      title: 'Ferry service resumes',
      published: '2023-05-04',
      source: 'Harbour Gazette',
      url: 'https://example.org/ferry',
      paragraphs: ['The first boat left at dawn with forty people aboard.', 'More will follow on Friday.'],
    });
  });

  it('reads a file without blank lines as one paragraph per line', () => {
    const text = 'Council votes on budget\nMembers met on Tuesday: the vote was close.\nThe mayor said little.\n';
    expect(parsePlainText(text, 'x.txt', { published: '2022-01-31' }).paragraphs).toEqual([
      'Members met on Tuesday: the vote was close.',
      'The mayor said little.',
    ]);
  });

  it('reads one paragraph per line after header lines and a blank line', () => {
    const text = 'Council votes\npublished: 2022-01-31\n\nFirst line.\nSecond line.\n';
    expect(parsePlainText(text, 'x.txt').paragraphs).toEqual(['First line.', 'Second line.']);
  });

  it('lets overrides beat header lines, including bad header values', () => {
    const text = 'Title here\nsource: Old Name\npublished: 2024-13-45\nurl: ftp://nowhere\n\nBody.';
    expect(
      parsePlainText(text, 'x.txt', { published: '2021-06-01', source: 'New Name', url: 'http://example.net/a' }),
    ).toEqual({
      title: 'Title here',
      published: '2021-06-01',
      source: 'New Name',
      url: 'http://example.net/a',
      paragraphs: ['Body.'],
    });
  });

  it('accepts header keys in any case', () => {
    expect(parsePlainText('T\nPublished: 2020-02-29\n\nB', 'x.txt').published).toBe('2020-02-29');
  });

  it('normalises BOM, CRLF and CR line endings, tabs, NBSP and Unicode spaces, and keeps typographic quotes', () => {
    const text = '\uFEFF  Port\u00A0strike\tends  \r\npublished: 2024-03-02\r\n\r\nWorkers\u2003said \u201cenough\u201d\u202Fand\u3000left.\r\rA second\u2009paragraph \u2019here\u2019.';
    expect(parsePlainText(text, 'x.txt')).toEqual({
      title: 'Port strike ends',
      published: '2024-03-02',
      paragraphs: ['Workers said \u201cenough\u201d and left.', 'A second paragraph \u2019here\u2019.'],
    });
  });

  it('composes decomposed accents (NFC) and drops a stray control character', () => {
    expect(parsePlainText('Cafe\u0301 opens\n\nIt\u0007 opened.', 'x.txt', { published: '2024-01-01' })).toMatchObject({
      title: 'Caf\u00e9 opens',
      paragraphs: ['It opened.'],
    });
  });

  it('keeps a very long paragraph whole', () => {
    const long = 'word '.repeat(20_000).trim();
    expect(parsePlainText(`T\n\n${long}`, 'x.txt', { published: '2024-01-01' }).paragraphs).toEqual([long]);
  });

  it('does not take a multi-word "Name: text" line under the headline for a header', () => {
    const text = 'Talks end\nNorth and South: the talks ended without a deal.\nThey may resume.';
    expect(parsePlainText(text, 'x.txt', { published: '2024-01-01' }).paragraphs[0]).toBe(
      'North and South: the talks ended without a deal.',
    );
  });

  it('decodes UTF-8 bytes and drops a BOM', () => {
    expect(parsePlainTextFile(utf8('\uFEFFT\u00e9te\n\nCorps.'), 'x.txt', { published: '2024-01-01' }).title).toBe('T\u00e9te');
  });
});

describe('refusals', () => {
  const cases: Array<[string, () => unknown, string]> = [
    ['empty file', () => parsePlainText('', 'a.txt'), 'a.txt: The file is empty. Write the headline on line 1 and the article text under it.'],
    ['blank lines only', () => parsePlainText(' \n\t\n', 'a.txt'), 'a.txt: The file is empty. Write the headline on line 1 and the article text under it.'],
    ['headline but no body', () => parsePlainText('Only a headline\n\n', 'a.txt', { published: '2024-01-01' }), 'a.txt:1: The file has a headline but no article text under it. Add the paragraphs under the headline, after a blank line.'],
    ['headers but no body', () => parsePlainText('Headline\npublished: 2024-01-01\n', 'a.txt'), 'a.txt:1: The file has a headline but no article text under it. Add the paragraphs under the headline, after a blank line.'],
    ['missing published', () => parsePlainText('Headline\n\nText.', 'a.txt'), 'a.txt field `published`: The article has no publication date. Add a `published: YYYY-MM-DD` line under the headline or pass --published YYYY-MM-DD.'],
    ['impossible month and day', () => parsePlainText('H\npublished: 2024-13-45\n\nT', 'a.txt'), 'a.txt:2 field `published`: `2024-13-45` is not a real calendar day. Write the publication day as YYYY-MM-DD, as in published: 2024-08-25.'],
    ['30 February', () => parsePlainText('H\npublished: 2024-02-30\n\nT', 'a.txt'), 'a.txt:2 field `published`: `2024-02-30` is not a real calendar day. Write the publication day as YYYY-MM-DD, as in published: 2024-08-25.'],
    ['date in another form', () => parsePlainText('H\npublished: 25/08/2024\n\nT', 'a.txt'), 'a.txt:2 field `published`: `25/08/2024` is not a date written YYYY-MM-DD. Write the publication day as YYYY-MM-DD, as in published: 2024-08-25.'],
    ['a day in the future', () => parsePlainText('H\npublished: 2099-01-01\n\nT', 'a.txt'), 'a.txt:2 field `published`: `2099-01-01` is in the future: a publication day cannot be after today. Correct the day, as in published: 2024-08-25.'],
    ['impossible --published', () => parsePlainText('H\n\nT', 'a.txt', { published: '2023-02-29' }), 'The --published value `2023-02-29` is not a real calendar day. Write the publication day as YYYY-MM-DD, as in --published 2024-08-25.'],
    ['url that is not http(s)', () => parsePlainText('H\npublished: 2024-01-01\nurl: javascript:alert(1)\n\nT', 'a.txt'), 'a.txt:3 field `url`: `javascript:alert(1)` is not a web address starting with http:// or https://. Give the address where the article can be read, as in url: https://example.com/story.'],
    ['--url that is not http(s)', () => parsePlainText('H\n\nT', 'a.txt', { published: '2024-01-01', url: 'ftp://example.com/x' }), 'The --url value `ftp://example.com/x` is not a web address starting with http:// or https://. Give the address where the article can be read, as in --url https://example.com/story.'],
    ['empty --source', () => parsePlainText('H\n\nT', 'a.txt', { published: '2024-01-01', source: ' ' }), 'The --source flag has no value. Give a value after --source.'],
    ['unknown header key', () => parsePlainText('H\npublished: 2024-01-01\nauthor: Someone\n\nT', 'a.txt'), 'a.txt:3 field `author`: `author` is not a header Dossier knows: the lines directly under the headline may only be source, url and published. Fix or remove the line; if it is the start of the article text, put a blank line between the headline and it.'],
    ['dateline under the headline', () => parsePlainText('H\nLONDON: Rain fell.\n', 'a.txt'), 'a.txt:2 field `LONDON`: `LONDON` is not a header Dossier knows: the lines directly under the headline may only be source, url and published. Fix or remove the line; if it is the start of the article text, put a blank line between the headline and it.'],
    ['header with no value', () => parsePlainText('H\nsource:\npublished: 2024-01-01\n\nT', 'a.txt'), 'a.txt:2 field `source`: The `source` header has no value. Write a value after the colon or remove the line.'],
    ['header given twice', () => parsePlainText('H\npublished: 2024-01-01\npublished: 2024-01-02\n\nT', 'a.txt'), 'a.txt:3 field `published`: The `published` header appears twice (first on line 2). Keep one of the two lines.'],
    ['header before the headline', () => parsePlainText('published: 2024-01-01\nH\n\nT', 'a.txt'), 'a.txt:1: Line 1 should be the headline but is a `published` header line. Put the headline first and the header lines directly under it.'],
    ['NUL characters', () => parsePlainText('H\n\nT\u0000x', 'a.txt'), 'a.txt:3: The file looks binary (it contains NUL bytes), not like plain text. Pass a plain-text article: the headline on line 1 and the text under it.'],
    ['many control characters', () => parsePlainText('H\n\n\u0001\u0002\u0003\u0004 body', 'a.txt'), 'a.txt: The file looks binary (it has 4 control characters), not like plain text. Pass a plain-text article: the headline on line 1 and the text under it.'],
    ['NUL bytes', () => parsePlainTextFile(new Uint8Array([0x48, 0x0a, 0x00, 0x01]), 'b.bin'), 'b.bin:2: The file looks binary (it contains NUL bytes), not like plain text. Pass a plain-text article: the headline on line 1 and the text under it.'],
    ['invalid UTF-8', () => parsePlainTextFile(new Uint8Array([...utf8('Headline\n\nCaf'), 0xe9, ...utf8(' au lait')]), 'latin1.txt'), 'latin1.txt:3: The file is not valid UTF-8 text. Save it as UTF-8 text and ingest it again.'],
    ['UTF-16', () => parsePlainTextFile(new Uint8Array([0xff, 0xfe, 0x48, 0x00]), 'wide.txt'), 'wide.txt: The file is UTF-16 text, not UTF-8. Save it as UTF-8 text and ingest it again.'],
  ];
  it.each(cases)('%s', (_name, run, message) => {
    expect(refusal(run)).toBe(message);
  });
});
