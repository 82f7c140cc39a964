// Dates: chrono-node's casual parser plus a news refiner that leans to the past unless the clause speaks of the future.
// The English locale alone: the package root loads every language chrono knows, a quarter second at start-up.
import * as chrono from 'chrono-node/en';

export interface FoundDate {
  start: number;
  end: number;
  /** YYYY-MM-DD or YYYY-MM. */
  iso: string;
}

// Cue words that put a clause in the future; kept small and generic (news prose, English).
const FUTURE = /\b(will|won't|shall|next|coming|upcoming|scheduled|due to|expects?|expected|set to|plans? to|planning to|intends? to|is to|are to|hopes? to|aims? to)\b|'ll\b/i;
// Cues that count only before the date: "said on Tuesday it would strike" is past, "he would meet … on Monday" is not;
// a present-tense deadline ("the contract expires on Friday"); an appeal to act ("urged both sides to return … on Monday").
const FUTURE_BEFORE = /\b(?:would|expires?|ends|begins|starts|opens|resumes|convenes|reconvenes|runs? out|takes? effect|lapses)\b|\b(?:urged|urges|asked|asks|invited|invites|pressed|presses|called on|calls on)\b.*\bto\s+\p{L}+/iu;
// A clause ends at punctuation or a subordinating word: "we will not accept … what we agreed to on July 2" is past.
const CLAUSE_BREAK = /[.;:!?,“”"()]|\b(?:what|which|that|who|when|after|before|but|while|because|since|although)\b/gi;
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|until|till|from|of|during|before|after|as of|through)\s+/i;
// Chrono reads bare durations ("for 42 days", "last six weeks", "a day after") as dates; news uses them as lengths.
const UNIT = /\b(?:second|minute|hour|day|week|fortnight|month|year|decade)s?\b/i;
const RELATIVE_PERIOD = /^(?:last|past|previous|this|next|coming)\s+(week|month)$/i;
const NOT_A_DATE = /^(?:now|the time|time|then|the day|a day)$/i;

const news = chrono.casual.clone();

/** A future cue before the date, with no past participle between them ("would be done … for hostages taken October 7"). */
function futureBefore(before: string): boolean {
  const m = FUTURE_BEFORE.exec(before);
  if (!m) return false;
  const rest = before.slice(m.index + m[0].length);
  return !/\b(?:taken|held|seized|killed|made|done|\p{L}+ed)\b/iu.test(rest);
}

function clauseBefore(text: string, start: number): string {
  let from = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else break;
  }
  return text.slice(from, start);
}

function clauseAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return text.slice(from, start) + ' ' + text.slice(end, to);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Every calendar date in one paragraph, resolved against the publication day (YYYY-MM-DD). */
export function findDates(text: string, published: string): FoundDate[] {
  const reference = { instant: new Date(`${published}T12:00:00Z`), timezone: 'UTC' };
  const out: FoundDate[] = [];
  for (const parsed of news.parse(text, reference)) {
    let r = parsed;
    // Where r.text starts in `text` (an inner result's own index counts from its substring).
    let at = r.index;
    // "through the night on Monday": chrono reads a time of day; the day is in the rest
    const part = /^(?:the\s+)?(?:night|morning|evening|afternoon)\s+(?:on|of)\s+/i.exec(r.text);
    if (part) {
      const inner = news.parse(r.text.slice(part[0].length), reference)[0];
      if (!inner) continue;
      at = r.index + part[0].length + inner.index;
      r = inner;
    }
    let surface = r.text;
    let start = at;
    const lead = LEADING_PREPOSITION.exec(surface);
    if (lead) {
      start += lead[0].length;
      surface = surface.slice(lead[0].length);
    }
    surface = surface.replace(/[\s,.;:]+$/, '');
    if (NOT_A_DATE.test(surface)) continue;
    const end = start + surface.length;
    const c = r.start;
    let precision: 'day' | 'month';
    if (UNIT.test(surface)) {
      // "3 days ago" is a day, "16 months ago" a month, "last week" only its month; other spans with units are durations.
      if (/\bago\b/i.test(surface)) precision = /\b(?:month|year|decade)s?\b/i.test(surface) ? 'month' : 'day';
      else if (RELATIVE_PERIOD.test(surface)) precision = 'month';
      else continue;
    } else if (/\bweekend\b/i.test(surface)) {
      precision = 'month'; // "over the weekend": which weekend is vague
    } else if (c.isCertain('day') || c.isCertain('weekday')) {
      precision = 'day';
    } else if (c.isCertain('month')) {
      precision = 'month';
    } else {
      continue;
    }
    const d = c.date();
    if (!c.isCertain('year') && !/\bago\b|^(?:last|past|previous|this|next|coming)\b|^(?:today|tonight|yesterday|tomorrow)/i.test(surface)) {
      const future = FUTURE.test(clauseAround(text, at, at + r.text.length)) || futureBefore(clauseBefore(text, at));
      const iso = d.toISOString().slice(0, precision === 'day' ? 10 : 7);
      const ref = published.slice(0, precision === 'day' ? 10 : 7);
      const direction = !future && iso > ref ? -1 : future && iso < ref ? 1 : 0;
      if (direction !== 0) {
        if (c.isCertain('weekday') && !c.isCertain('day')) d.setUTCDate(d.getUTCDate() + 7 * direction);
        else d.setUTCFullYear(d.getUTCFullYear() + direction);
      }
    }
    const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}` + (precision === 'day' ? `-${pad(d.getUTCDate())}` : '');
    out.push({ start, end, iso });
  }
  return out;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-08-25" → "August 25, 2024"; "2024-07" → "July 2024". */
export function dateName(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}
