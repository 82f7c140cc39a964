// Dates: past-leaning resolution against the publication day, future clauses, months, durations, mention spans.
import { describe, expect, it } from 'vitest';
import { dateName, findDates } from '../../../src/kb/extract/dates.ts';

const on = (text: string, published = '2024-03-10') => findDates(text, published).map((d) => ({ iso: d.iso, surface: text.slice(d.start, d.end) }));

describe('dates', () => {
  // 2024-03-10 is a Sunday.
  it('reads a weekday in a past clause as the past week, and the same weekday as the publication day', () => {
    expect(on('The delegations met on Tuesday.')).toEqual([{ iso: '2024-03-05', surface: 'Tuesday' }]);
    expect(on('The round ended on Sunday.')).toEqual([{ iso: '2024-03-10', surface: 'Sunday' }]);
  });

  it('reads a weekday in a future clause forward', () => {
    expect(on('The two sides will meet on Monday.')).toEqual([{ iso: '2024-03-11', surface: 'Monday' }]);
  });

  it('looks for future cues only within the clause of the date', () => {
    expect(on('They will not accept any retreat from what they agreed to on February 2.')).toEqual([{ iso: '2024-02-02', surface: 'February 2' }]);
    expect(on('He said a vote is scheduled for April 3.')).toEqual([{ iso: '2024-04-03', surface: 'April 3' }]);
    expect(on('The strike began on November 20.')).toEqual([{ iso: '2023-11-20', surface: 'November 20' }]);
  });

  it('gives a month alone month precision and keeps explicit years', () => {
    expect(on('Inflation rose in December.')).toEqual([{ iso: '2023-12', surface: 'December' }]);
    expect(on('The attack of June 4, 2021, changed everything.')).toEqual([{ iso: '2021-06-04', surface: 'June 4, 2021' }]);
  });

  it('treats durations as no dates, and today as the publication day', () => {
    expect(on('The truce will last six weeks and talks go on over the coming days.')).toEqual([]);
    expect(on('Ten days after the vote, nothing changed.')).toEqual([]);
    expect(on('The minister arrived today.')).toEqual([{ iso: '2024-03-10', surface: 'today' }]);
  });

  it('names dates for pages', () => {
    expect(dateName('2024-08-25')).toBe('August 25, 2024');
    expect(dateName('2024-07')).toBe('July 2024');
  });
});
