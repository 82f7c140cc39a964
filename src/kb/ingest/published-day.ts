// Reads the publication day from the ways pages write it: ISO timestamps (the day in the publisher's own time
// zone, as written before the offset) and dates in words ("March 14, 2024", "14 March 2024").

import { isRealDay } from '../schemas/fields.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');

/**
 * YYYY-MM-DD of the first date in `text`, or undefined. A timestamp gives the calendar day it is written in:
 * `2024-03-14T23:10:00-05:00` is the 14th (the publisher's day), not the 15th it is in UTC.
 */
export function publishedDay(text: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?![\d])/.exec(text);
  if (iso) return checked(iso[1]!, Number(iso[2]), Number(iso[3]));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return checked(monthFirst[3]!, monthNumber(monthFirst[1]!), Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return checked(dayFirst[3]!, monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  return undefined;
}

function monthNumber(name: string): number {
  const lower = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1;
}

function checked(year: string, month: number, day: number): string | undefined {
  const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDay(value) ? value : undefined;
}
