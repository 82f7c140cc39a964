// The publication day as the publisher wrote it: a timestamp's own calendar day, whatever its offset.

import { describe, expect, it } from 'vitest';
import { publishedDay } from '../../../src/kb/ingest/published-day.ts';

describe('publishedDay', () => {
  it('reads timestamps as written, RFC 822 dates, datelines and dates in words', () => {
    const days = {
      '2024-03-12T23:40:00-05:00': '2024-03-12',
      '2024-03-13T00:10:00+09:00': '2024-03-13',
      'Tue, 12 Mar 2024 23:40:00 -0500': '2024-03-12',
      'PORT ELLIS, March 14, 2024 (Kestrel Wire) — Ferry crews': '2024-03-14',
      'Updated 3rd September 2021, 10:00': '2021-09-03',
    };
    expect(Object.fromEntries(Object.keys(days).map((text) => [text, publishedDay(text)]))).toEqual(days);
  });

  it('gives nothing for a day that does not exist or no date at all', () => {
    expect(publishedDay('2023-02-30')).toBeUndefined();
    expect(publishedDay('Last Tuesday')).toBeUndefined();
  });
});
