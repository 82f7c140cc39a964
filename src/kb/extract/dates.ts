// Dates: chrono-node's casual parser plus a news refiner that leans to the past unless the clause speaks of the future.
// The English locale alone: the package root loads every language chrono knows, a quarter second at start-up.
import * as chrono from 'chrono-node/en';
import { perLexicon, type Lexicon } from '../lexicon/lexicon.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { SENTENCE_LIMIT } from './bounded-text.ts';

export interface FoundDate {
  start: number;
  end: number;
  /** YYYY-MM-DD or YYYY-MM. */
  iso: string;
}

// A clause ends at punctuation or a subordinating word: "we will not accept … what we agreed to on July 2" is past.
const CLAUSE_BREAK = /[.;:!?,“”"()]|\b(?:what|which|that|who|when|after|before|but|while|because|since|although)\b/gi;
const LEADING_PREPOSITION = /^(?:on|in|at|by|since|until|till|from|of|during|before|after|as of|through)\s+/i;
// Chrono reads bare durations ("for 42 days", "last six weeks", "a day after") as dates; news uses them as lengths.
const UNIT = /\b(?:second|minute|hour|day|week|fortnight|month|year|decade)s?\b/i;
const RELATIVE_PERIOD = /^(?:last|past|previous|this|next|coming)\s+(week|month)$/i;
// Between two dates in apposition: "Tomorrow, 20 December", "today, the 4th of May".
const APPOSITION = /^\s*,\s*(?:the\s+)?$/i;
// Words before a month alone that make it a time, not a first name: "in early June Parliament voted".
const MONTH_BEFORE = /(?<![\p{L}\p{N}])(?:in|on|at|by|since|until|till|from|of|during|before|after|through|between|and|or|to|early|late|mid|last|next|this|every|each)[\s-]+$/iu;
// A part of a month named without its day: "the end of February", "the beginning of May".
const VAGUE_PART = /^(?:the\s+)?(?:end|beginning|start|middle|turn|close)\s+of\b/i;
// A day, a month and a year parted by dots: "10.03.2024".
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
// A month and a day (or a day and a month) and a year parted by slashes: "10/03/2024".
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// The start of a noun phrase: a date after one is its modifier, not governed by the verb before it.
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|these|those|our|your|my)$/i;
// What may stand before a date that opens its clause: nothing, or a preposition.
const FRONTED = /^\s*(?:(?:on|in|at|by|from|since|until|till|during|before|after|as of|through)\s*)?$/i;
const NOT_A_DATE = /^(?:now|the time|time|then|the day|a day)$/i;
// What stands between the first and the last day of a range: "6-10 March", "1 October to 3 November".
const RANGE_SEPARATOR = /\s*(?:[-–—]|\b(?:to|until|till|through|and)\b)\s*/i;
// A bare day coordinated with the date after it ("between 3 and 5 March"), or after a month-first date ("March 3 and 5,").
const COORDINATED_DAY_BEFORE = /(\b(?:between|from)\s+)?\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|until|till|[-–])\s*$/i;
const COORDINATED_DAY_AFTER = /^(\s*(?:and|to|until|till|[-–])\s*)(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:[-–:/]|\.\d|\p{L}+\s*\d))(\s*(?:[,.;:)]|$|\s(?:in|at|on|and|with|when|before|after|to)\b))?/iu;

const news = chrono.casual.clone();

/** A cue of the lexicon as a pattern: whole words, any spacing, either apostrophe ("won't", "'ll" after a word). */
function cuePattern(cues: readonly string[]): string {
  const body = (cue: string): string => escapeRegExp(cue).replace(/'/g, "['’]").replace(/\s+/g, '\\s+');
  // one word boundary around the whole alternation: a look-behind on every alternative costs a scan per cue
  const words = cues.filter((c) => /^\p{L}/u.test(c)).map(body);
  const affixes = cues.filter((c) => !/^\p{L}/u.test(c)).map(body);
  const parts = [...(words.length > 0 ? [`(?<![\\p{L}\\p{N}])(?:${words.join('|')})`] : []), ...affixes];
  return parts.length > 0 ? `(?:${parts.join('|')})(?![\\p{L}\\p{N}])` : '(?!)';
}

interface TenseCues {
  /** A cue of the future anywhere in the clause. */
  future: RegExp;
  /** A cue of the future that counts before the date: "would", a timetable verb, an appeal to act. */
  futureBefore: RegExp;
  /** A past participle not after "be": a past event the date belongs to. */
  participle: RegExp;
  /** A verb of deferral: "postponed", "adjourned". */
  deferral: RegExp;
  /** A present-tense verb or modal: "is", "applies", "must". */
  present: RegExp;
  /** A day counted from the story's own day: "the next day", "the following morning". */
  storyDay: RegExp;
  /** A cue of the future after a past auxiliary: "was expected", "had been due to". */
  pastFuture: RegExp;
  /** A verb in the simple past: "said", "arrived". */
  past: RegExp;
  /** Every present-tense verb or modal, to find the last. */
  presentAll: RegExp;
  /** A relative day at the start of a date: "tomorrow". */
  relative: RegExp;
  /** Last words of an organisation's, an event's or a place's name: "Alliance", "Accord", "Square". */
  nameEnds: ReadonlySet<string>;
  /** The lexicon's calendar words in full. */
  calendarWords: ReadonlySet<string>;
  /** Month and weekday names and their abbreviations, in lower case: "sat" and "march" as written are words. */
  calendarNames: ReadonlySet<string>;
}

const tenseCues = perLexicon((lexicon): TenseCues => {
  const relativeDays = new Set(lexicon.relativeDays);
  const calendarNames = new Set<string>();
  for (const word of lexicon.calendarWords) {
    if (relativeDays.has(word)) continue;
    calendarNames.add(word);
    for (let n = 3; n < Math.min(word.length, 5); n++) calendarNames.add(word.slice(0, n));
  }
  return {
    future: new RegExp(cuePattern(lexicon.futureCues), 'iu'),
    // an appeal to someone to act, or a commitment to act ("pledged to visit"; "agreed to a truce", "what they agreed to
    // on July 2" are no act ahead)
    futureBefore: new RegExp(
      `${cuePattern(lexicon.futureCuesBefore)}|(?:${cuePattern(lexicon.appealVerbs)}).*\\bto\\s+\\p{L}+|(?:${cuePattern(lexicon.commitmentVerbs)})\\s+to\\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|all|any|on|in|at|by|for|from|with|during|since|until|before|after)\\b)\\p{L}+`,
      'iu',
    ),
    participle: new RegExp(`(?<!\\b(?:be|been|being)\\s+)(?:${cuePattern(lexicon.pastParticiples)}|\\b\\p{L}+ed\\b)`, 'iu'),
    deferral: new RegExp(cuePattern(lexicon.deferralVerbs), 'iu'),
    present: new RegExp(cuePattern(lexicon.presentCues), 'iu'),
    presentAll: new RegExp(cuePattern(lexicon.presentCues), 'giu'),
    // a lower-case word in -ed of five letters or more, not in -eed ("proceed") nor an adjective after a determiner
    // ("the delayed summit") nor a present passive ("can be submitted until")
    past: new RegExp(
      `${cuePattern(lexicon.pastForms)}|(?<![\\p{L}\\p{N}])(?<!\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hese|[Tt]hose|[Oo]ur|be|been|being|is|are|am)\\s+)\\p{Ll}\\p{L}{2,}(?<!e)ed(?![\\p{L}\\p{N}])`,
      'u',
    ),
    pastFuture: new RegExp(`(?<![\\p{L}\\p{N}])(?:was|were|had\\s+been)\\s+(?:${cuePattern(lexicon.futureCues)})`, 'giu'),
    storyDay: new RegExp(`(?<![\\p{L}\\p{N}])(?:next|following)\\s+(?:${cuePattern(lexicon.storyDays)})`, 'giu'),
    relative: new RegExp(`^(?:${cuePattern(lexicon.relativeDays)})`, 'iu'),
    calendarNames,
    calendarWords: new Set(lexicon.calendarWords),
    nameEnds: new Set([...lexicon.organisationSuffixes, ...lexicon.eventWords, ...Object.keys(lexicon.placeSuffixes)]),
  };
});

/** A future cue before the date, with no past participle between them ("would be done … for hostages taken October 7"). */
function futureBefore(before: string, cues: TenseCues): boolean {
  const m = cues.futureBefore.exec(before);
  if (!m) return false;
  return !cues.participle.test(before.slice(m.index + m[0].length));
}

/**
 * A present-tense verb governs the date: the last one before it, at most three words before it, with no determiner
 * (the date inside a noun phrase: "is the result of the October 7 attack") and no past verb or participle ("there are
 * hostages taken on October 7") between them.
 */
function governedByPresent(before: string, cues: TenseCues): boolean {
  let rest: string | undefined;
  for (const m of before.matchAll(cues.presentAll)) rest = before.slice(m.index + m[0].length);
  if (rest === undefined) return false;
  const words = rest.trim().split(/\s+/).filter(Boolean);
  return words.length <= 3 && !words.some((w) => DETERMINER.test(w)) && !cues.participle.test(rest) && !cues.past.test(rest);
}

/** A month or weekday name written in lower case ("they sat down", "a march on the capital") is an ordinary word. */
function lowerCaseName(surface: string, cues: TenseCues): boolean {
  for (const m of surface.matchAll(/(?<!\p{L})\p{Ll}\p{L}*/gu)) if (cues.calendarNames.has(m[0])) return true;
  return false;
}

/** An abbreviation alone, with no number: "The Sun reported", "the Mon people" (a date abbreviates only beside a day). */
function loneAbbreviation(surface: string, cues: TenseCues): boolean {
  const word = /^(\p{L}+)\.?$/u.exec(surface)?.[1]?.toLowerCase();
  return word !== undefined && cues.calendarNames.has(word) && !cues.calendarWords.has(word);
}

/**
 * A date inside a name. After an article, before capitalised words that end in an organisation's, an event's or a
 * place's last word, it is the name's modifier ("the 14 May Alliance", "an April 6 Movement activist"; "the 2 March
 * Tiber summit" is a date); with no article, when that last word comes right after it ("in 6th of October City"). A
 * month alone, with no preposition or time word before it, is a first name before a capitalised word ("virologist
 * June Almeida") and the end of a name after one ("the Women's March").
 */
function partOfName(text: string, start: number, end: number, surface: string, preposition: string | undefined, found: chrono.ParsedResult['start'], cues: TenseCues): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const month = preposition === undefined && /^\p{L}+(?:\s+of)?$/u.test(surface) && found.isCertain('month') && !found.isCertain('day') && !found.isCertain('weekday');
  // a month alone after a capitalised word that is no time word ("the Women's March", "the Long March") ends a name
  if (month && /\p{Lu}\p{L}*(?:['’]s?)?[ \t]+$/u.test(before) && !MONTH_BEFORE.test(before)) return true;
  const next = /^[ \t]+((?:\p{Lu}[\p{L}'’-]*[ \t]*){1,4})/u.exec(text.slice(end, end + 80));
  if (!next) return false;
  const words = next[1]!.trim().split(/[ \t]+/).map((w) => w.toLowerCase());
  if (cues.calendarNames.has(words[0]!) || cues.relative.test(words[0]!)) return false;
  if (/(?<![\p{L}\p{N}])(?:the|a|an)\s+$/iu.test(before)) return words.some((w) => cues.nameEnds.has(w));
  // with no article, when the name's last word comes right after the date and "on" (of a day) is not before it:
  // "in 6th of October City", "of April 6 Movement", but "on 4 March Parliament voted"
  if (cues.nameEnds.has(words[0]!) && preposition !== 'on' && /\d/.test(surface)) return true;
  return month && !MONTH_BEFORE.test(before);
}

function clauseBefore(text: string, start: number): string {
  const { lo, breaks } = clauseBreaks(text, start, start);
  let from = lo;
  for (const m of breaks) {
    if (lo + m.index + m[0].length <= start) from = lo + m.index + m[0].length;
    else break;
  }
  return text.slice(from, start);
}

/**
 * The clause breaks within SENTENCE_LIMIT of a date (from `lo`): a clause is never longer than a sentence the analysis
 * reads, and scanning the whole paragraph for each date made a paragraph without stops cost its length squared.
 */
function clauseBreaks(text: string, start: number, end: number): { lo: number; hi: number; breaks: IterableIterator<RegExpExecArray> } {
  const lo = Math.max(0, start - SENTENCE_LIMIT);
  const hi = Math.min(text.length, end + SENTENCE_LIMIT);
  return { lo, hi, breaks: text.slice(lo, hi).matchAll(CLAUSE_BREAK) };
}

function clauseAround(text: string, start: number, end: number): string {
  const { lo, hi, breaks } = clauseBreaks(text, start, end);
  let from = lo;
  let to = hi;
  for (const m of breaks) {
    const at = lo + m.index;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      // a date that opens its clause before a comma ("On 20 March, the leaders will meet") is the adverbial of the
      // clause after the comma
      if (m[0] === ',' && /^[\s,]*$/.test(text.slice(end, at)) && FRONTED.test(text.slice(from, start))) continue;
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
export function findDates(text: string, published: string, lexicon: Lexicon): FoundDate[] {
  const cues = tenseCues(lexicon);
  const reference = { instant: new Date(`${published}T12:00:00Z`), timezone: 'UTC' };
  const out: FoundDate[] = [];
  // The last day named without a number ("tomorrow", "Monday") and where it ends: a date right after it, past a comma,
  // is in apposition to it.
  let previous: { end: number; date: Date } | undefined;
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
    if (lead && !r.start.isCertain('day') && r.start.isCertain('hour') && /^\d/.test(surface)) {
      // "from 1 May": chrono reads "from 1" as an hour of May; without the preposition it reads the day
      const inner = news.parse(surface, reference)[0];
      if (inner?.index === 0 && inner.start.isCertain('day')) {
        r = inner;
        at = start;
        surface = inner.text;
      }
    }
    surface = surface.replace(/[\s,.;:]+$/, '');
    // digits and slashes alone, with no year, name no day in prose: "9/11", "3/4 of the votes"
    if (NOT_A_DATE.test(surface) || lowerCaseName(surface, cues) || loneAbbreviation(surface, cues) || /^\d{1,2}\/\d{1,2}$/.test(surface)) continue;
    // "every Monday", "each March": a recurring day names no date
    if (/(?<![\p{L}\p{N}])(?:every|each)\s+$/iu.test(text.slice(Math.max(0, start - 8), start))) continue;
    const end = start + surface.length;
    if (partOfName(text, start, end, surface, lead?.[0].trim().toLowerCase(), r.start, cues)) continue;
    const c = r.start;
    let precision: 'day' | 'month';
    if (UNIT.test(surface)) {
      // "3 days ago" is a day, "16 months ago" a month, "last week" only its month; other spans with units are durations.
      if (/\bago\b/i.test(surface)) precision = /\b(?:month|year|decade)s?\b/i.test(surface) ? 'month' : 'day';
      else if (RELATIVE_PERIOD.test(surface)) precision = 'month';
      else continue;
    } else if (/\bweekend\b/i.test(surface) || VAGUE_PART.test(surface)) {
      precision = 'month'; // "over the weekend", "at the end of February": which day is vague
    } else if (c.isCertain('day') || c.isCertain('weekday')) {
      precision = 'day';
    } else if (c.isCertain('month')) {
      precision = 'month';
    } else {
      continue;
    }
    const d = c.date();
    const dotted = DOTTED.exec(surface);
    // "10.03.2024": dots part a day, a month and a year (chrono reads them month first, as with slashes)
    if (dotted) d.setUTCFullYear(d.getUTCFullYear(), Number(dotted[2]) - 1, Number(dotted[1]));
    // "10/03/2024": month first (chrono's reading) or day first, whichever is nearer the publication day
    const slashed = SLASHED.exec(surface);
    if (slashed) {
      const dayFirst = new Date(Date.UTC(Number(slashed[3]), Number(slashed[2]) - 1, Number(slashed[1]), 12));
      const day = new Date(`${published}T12:00:00Z`).getTime();
      if (dayFirst.getUTCDate() === Number(slashed[1]) && Math.abs(dayFirst.getTime() - day) < Math.abs(d.getTime() - day)) d.setTime(dayFirst.getTime());
    }
    // The shift that moves the date to the side of the publication day its clause speaks of: years, or weeks for a weekday.
    let shift = (_: Date): void => {};
    const anchor = precision === 'day' && !c.isCertain('year') && previous && APPOSITION.test(text.slice(previous.end, start)) ? previous.date : null;
    // "last March", "next March", "this March": chrono reads the month alone; the word before says which one
    const which = precision === 'month' && !c.isCertain('year') ? /(?<![\p{L}\p{N}])(last|next|this)\s+$/iu.exec(text.slice(Math.max(0, start - 6), start))?.[1]?.toLowerCase() : undefined;
    if (anchor) {
      // "Tomorrow, 20 December": a date in apposition to the one before it names the same day, so takes the year nearest it
      const k = nearestYear(d, anchor);
      shift = (x) => x.setUTCFullYear(x.getUTCFullYear() + k);
    } else if (which) {
      const [year, month] = [Number(published.slice(0, 4)), Number(published.slice(5, 7))];
      const m = d.getUTCMonth() + 1;
      const k = (which === 'last' ? (m < month ? year : year - 1) : which === 'next' ? (m > month ? year : year + 1) : year) - d.getUTCFullYear();
      shift = (x) => x.setUTCFullYear(x.getUTCFullYear() + k);
    } else if (!c.isCertain('year') && !/\bago\b|^(?:last|past|previous|this|next|coming)\b/i.test(surface) && !cues.relative.test(surface)) {
      const weekday = c.isCertain('weekday') && !c.isCertain('day');
      const before = clauseBefore(text, start);
      // "the next day" counts from the story's own day, and "was expected", "had been set to" are a future seen from
      // the past: no cues of the future
      const opening = clauseBefore(text, at).replace(cues.storyDay, ' ').replace(cues.pastFuture, ' ');
      // a future cue after the date does not count when a past verb before it governs the date: "the minister arrived
      // Monday and will leave Wednesday", "the union said Monday it will strike"
      const around = clauseAround(text, at, at + r.text.length).replace(cues.storyDay, ' ').replace(cues.pastFuture, ' ');
      const futureAfter = cues.future.test(around) && (cues.future.test(opening) || !cues.past.test(opening));
      const tense = futureAfter || futureBefore(opening, cues) ? 'future'
        // a deferral's new day is near ("adjourned until March 28"), whichever side of the publication day it is
        : cues.deferral.test(before) && /(?<![\p{L}\p{N}])(?:to|until|till)\s+$/iu.test(before) ? (weekday ? 'future' : 'near')
        // a date in a present-tense clause is near too ("the deadline is March 31", "the rules apply from 1 May");
        // a weekday in one stays in the past week ("the accord is the fruit of talks on Thursday")
        // "the embargo remains in force until 30 June": what lasts now until a day ends ahead
        : governedByPresent(before, cues) && /(?<![\p{L}\p{N}])(?:until|till)\s+$/iu.test(before) ? 'future'
        : !weekday && (governedByPresent(before, cues) || (/^\s*onwards?\b/i.test(text.slice(end)) && cues.present.test(clauseAround(text, at, end)))) ? 'near'
        : 'past';
      if (tense === 'near') {
        const k = nearestYear(d, new Date(`${published}T12:00:00Z`));
        shift = (x) => x.setUTCFullYear(x.getUTCFullYear() + k);
      } else {
        const iso = d.toISOString().slice(0, precision === 'day' ? 10 : 7);
        const ref = published.slice(0, precision === 'day' ? 10 : 7);
        const direction = tense === 'past' && iso > ref ? -1 : tense === 'future' && iso < ref ? 1 : 0;
        if (direction !== 0) {
          if (weekday) shift = (x) => x.setUTCDate(x.getUTCDate() + 7 * direction);
          else shift = (x) => x.setUTCFullYear(x.getUTCFullYear() + direction);
        }
      }
    }
    shift(d);
    const weekdays = precision === 'day' && c.isCertain('weekday') && !c.isCertain('day') && r.end?.isCertain('weekday') === true;
    const range = r.end?.isCertain(precision) || weekdays ? RANGE_SEPARATOR.exec(surface) : null;
    if (range && r.end) {
      // "6-10 March", "October 1 to November 3", "from April through June", "from Friday to Sunday": the first day (or
      // month) and the last, each named by its side of the separator
      const last = r.end.date();
      if (!r.end.isCertain('year')) shift(last);
      // a run of weekdays ends after it starts, within the week
      while (weekdays && last < d) last.setUTCDate(last.getUTCDate() + 7);
      out.push({ start, end: start + range.index, iso: isoOf(d, precision) });
      out.push({ start: start + range.index + range[0].length, end, iso: isoOf(last, precision) });
      continue;
    }
    if (precision === 'day' && !c.isCertain('weekday')) {
      // "between 3 and 5 March", "3 and 4 March": a bare day before the date shares its month and year
      const before = COORDINATED_DAY_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
      if (before) {
        const first = sameMonth(d, Number(before[2]));
        const from = start - before[0].length + before[0].indexOf(before[2]!, (before[1] ?? '').length);
        // not the day of a date found already ("April 3 and May 5")
        if (first && from >= (out.at(-1)?.end ?? 0)) out.push({ start: from, end: from + before[2]!.length, iso: isoOf(first, precision) });
      }
    }
    out.push({ start, end, iso: isoOf(d, precision) });
    if (precision === 'day' && !/\d/.test(surface)) previous = { end, date: d };
    if (precision === 'day' && !c.isCertain('weekday') && /^\p{L}/u.test(surface)) {
      // "between March 3 and 5", "March 3 and 4,": a bare day after a month-first date shares its month and year
      const after = COORDINATED_DAY_AFTER.exec(text.slice(end));
      if (after && (after[3] !== undefined || /\bbetween\s+$/i.test(text.slice(Math.max(0, start - 12), start)))) {
        const last = sameMonth(d, Number(after[2]));
        const from = end + after[1]!.length;
        if (last) out.push({ start: from, end: from + after[2]!.length, iso: isoOf(last, precision) });
      }
    }
  }
  return out;
}

/** How many years to add to `d` to bring it nearest `target`: -1, 0 or 1 across `target`'s year. */
function nearestYear(d: Date, target: Date): number {
  const away = (k: number): number => Math.abs(new Date(d.getTime()).setUTCFullYear(d.getUTCFullYear() + k) - target.getTime());
  return [-1, 0, 1].map((k) => target.getUTCFullYear() + k - d.getUTCFullYear()).reduce((best, k) => (away(k) < away(best) ? k : best));
}

/** The day `day` of the month of `d`, or nothing when the month has no such day. */
function sameMonth(d: Date, day: number): Date | null {
  const x = new Date(d.getTime());
  x.setUTCDate(day);
  return day >= 1 && x.getUTCMonth() === d.getUTCMonth() ? x : null;
}

function isoOf(d: Date, precision: 'day' | 'month'): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}` + (precision === 'day' ? `-${pad(d.getUTCDate())}` : '');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-08-25" → "August 25, 2024"; "2024-07" → "July 2024". */
export function dateName(iso: string): string {
  const [y, m, d] = iso.split('-');
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}
