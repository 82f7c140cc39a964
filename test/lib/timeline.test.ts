// Timelines too long for one page split into years, and a year too full for one page into months; no event
// is lost or moved out of calendar order.
import { describe, expect, it } from 'vitest';
import { TIMELINE_ON_ONE_PAGE } from '../../src/lib/bounds.ts';
import { periodsOf, type TimelineEvent } from '../../src/lib/timeline.ts';

function event(date: string, n: number): TimelineEvent {
  return { date, dateKey: `date/${date}`, article: `a-${n}`, paragraph: 1, quote: `Event ${n}`, with: [] };
}

describe('periodsOf', () => {
  it('gives a quiet year one period and a full year one period per month', () => {
    const quiet = Array.from({ length: 10 }, (_, i) => event(`2023-0${(i % 9) + 1}-01`, i));
    const full = Array.from({ length: TIMELINE_ON_ONE_PAGE + 1 }, (_, i) => event(`2024-${String((i % 12) + 1).padStart(2, '0')}-15`, 100 + i));
    full.sort((a, b) => a.date.localeCompare(b.date));
    const events = [...quiet.sort((a, b) => a.date.localeCompare(b.date)), event('2024', 99), ...full];
    const periods = periodsOf(events);
    expect(periods.map((p) => p.id)).toEqual(['2023', '2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12']);
    // A year-only date opens its year.
    expect(periods[1]!.events[0]!.date).toBe('2024');
    expect(periods.flatMap((p) => p.events)).toEqual(events);
  });

  it('keeps a short timeline in one period per year', () => {
    const events = [event('2023-05-01', 1), event('2024-01-02', 2)];
    expect(periodsOf(events).map((p) => [p.id, p.events.length])).toEqual([['2023', 1], ['2024', 1]]);
  });
});
