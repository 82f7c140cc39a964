// Discovery: proper-noun spans the gazetteer may not know, with titles stripped and typing cues from the sentence.
import { alternation, perLexicon, phraseWords, wordSets, type Lexicon, type WordSets } from '../lexicon/lexicon.ts';
import { isCommonWord, isKnownWord, type PosToken, type Sentence, type TextAnalysis } from './nlp.ts';

export interface Span {
  start: number;
  end: number;
}

/** A proper-noun span of one paragraph, with what the sentence says about it. Offsets exclude titles and possessives. */
export interface NameCandidate extends Span {
  name: string;
  type?: 'party' | 'place';
  kind?: string;
  /** Cues that it acts or is acted on as a party (subject of a verb, "spokesman for X", repeated). */
  partyCues: number;
  /** One ordinary English word ("Teams", "Administration"): kept only with strong cues. */
  commonWord: boolean;
  /** Span of the party a person belongs to ("Velmor" in "Velmor leader X", "Norvan" in "Norvan Prime Minister X"). */
  memberOf?: Span;
  /** Span of the place a place lies within or a person lives in. */
  within?: Span;
  /** An acronym given for it in brackets: "(USMX)". */
  acronym?: Span;
  /** An event, a law or a document ("X Treaty", "X Framework"): no entity, but a name that covers the places in it. */
  event?: boolean;
}

/** The lexicon as discovery reads it: its sets, the titles by first word, and the words for a body before a role. */
interface Words extends WordSets {
  /** Titles by first word, longest first, so each token looks only at the titles that can start there. */
  titlesByFirst: Map<string, string[][]>;
  /** An ordinary word for a body, before a role: "Union leader X", "Government negotiator X". */
  bodyWords: ReadonlySet<string>;
  /** Last words of titles: "of" or "for" after one opens a portfolio ("Minister of Finance"). */
  titleLast: ReadonlySet<string>;
  /** A statement's signature line: "Statement by …". */
  signature: RegExp;
}

const wordsOf = perLexicon((lexicon): Words => {
  const titlesByFirst = new Map<string, string[][]>();
  // a title's dots are optional ("Sen." and "Sen" alike); the text's dots are skipped when matching
  for (const title of lexicon.titles.map((t) => phraseWords(t).filter((x) => x !== '.'))) titlesByFirst.set(title[0]!, [...(titlesByFirst.get(title[0]!) ?? []), title]);
  for (const list of titlesByFirst.values()) list.sort((a, b) => b.length - a.length);
  const titleLast = new Set(lexicon.titles.map((t) => phraseWords(t).filter((x) => x !== '.').pop()!));
  const signature = new RegExp(`^\\s*(?:joint\\s+)?(?:${alternation(lexicon.signatureNouns)})\\s+by\\s+(?:the\\s+)?((?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,6}[\\p{Lu}][\\p{L}'’-]+)\\s*\\.?\\s*$`, 'iu');
  return { ...wordSets(lexicon), titlesByFirst, titleLast, signature, bodyWords: new Set([...lexicon.organisationSuffixes, ...lexicon.genericBodies]) };
});

const norm = (t: PosToken): string => t.text.toLowerCase().replace(/\.$/, '');
const capitalised = (t: PosToken): boolean => /^\p{Lu}/u.test(t.text);

function isNameWord(w: Words, tokens: PosToken[], i: number, sentenceStart: number): boolean {
  const t = tokens[i]!;
  if (!capitalised(t) || t.text === 'I' || w.calendarWords.has(norm(t))) return false;
  if (w.monthAbbreviations.has(norm(t)) && (t.text.endsWith('.') || (tokens[i + 1]?.text === '.' && adjacent(t, tokens[i + 1]!)))) return false;
  if (t.pos === 'PROPN') return true;
  // "African Union mediators …": a sentence-initial adjective or noun that opens a longer name
  if (i === sentenceStart && (t.pos === 'ADJ' || t.pos === 'NOUN') && tokens[i + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[i + 1]!.text)) return true;
  return i !== sentenceStart && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X' || t.pos === 'VERB');
}

const adjacent = (a: PosToken, b: PosToken): boolean => a.end === b.start;

/** Raw name spans: [first, end) token ranges of capitalised words joined by particles, hyphens, "of" and possessives. */
function rawSpans(w: Words, tokens: PosToken[], from: number, to: number, headline: boolean): [number, number][] {
  const spans: [number, number][] = [];
  let i = from;
  while (i < to) {
    if (!isNameWord(w, tokens, i, from)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const t = tokens[j];
      if (!t || j >= to) break;
      const lower = t.text.toLowerCase();
      if (isNameWord(w, tokens, j, from)) {
        j++;
      } else if (!headline && capitalised(t) && /^\p{L}+$/u.test(t.text) && t.text !== 'I' && capitalised(tokens[j - 1]!) && w.titleLast.has(norm(tokens[j - 1]!))) {
        j++; // "Vice Premier He Wenhao", "Vice Premier He said": mid-sentence, a capitalised word after a title is a name
      } else if (j === i + 1 && /^\p{Lu}{2,6}$/u.test(tokens[i]!.text) && /^\d{1,3}$/.test(t.text)) {
        j++; // "MOP 12", "G 20": an acronym and its number are one name
        break;
      } else if (t.text === '-' && j - i >= 2 && adjacent(tokens[j - 1]!, t) && tokens[j + 1] && adjacent(t, tokens[j + 1]!) &&
        (/^\p{Ll}{2,3}$/u.test(tokens[j + 1]!.text) ? !/ed$/.test(tokens[j + 1]!.text) : /^\p{Ll}{4}$/u.test(tokens[j + 1]!.text) && !isKnownWord(tokens[j + 1]!.text))) {
        j += 2; // "Kim Jong-un", "LEE Sang-woo": a given name of two syllables, the second in lower case
      } else if (/^[–—]$/.test(t.text) && !adjacent(tokens[j - 1]!, t) && bodyAfterDash(w, tokens, j + 1, to, from)) {
        j++; // "the Velmor – Tarsis Joint Commission": a body of the two sides a dash joins
      } else if (t.text === '-' && adjacent(tokens[j - 1]!, t) && tokens[j + 1] && adjacent(t, tokens[j + 1]!) &&
        (w.particles.has(tokens[j - 1]!.text.toLowerCase()) || isNameWord(w, tokens, j + 1, from))) {
        // "El-Morani", "Okonkwo-Reyes" are one name; resolution splits "Norway-Sweden" where the gazetteer knows a part
        j += 2;
      } else if (w.particles.has(lower) && !capitalised(t) && particlesEnd(w, tokens, j, to) < to && (isNameWord(w, tokens, particlesEnd(w, tokens, j, to), from) || tokens[particlesEnd(w, tokens, j, to)]!.text === '-')) {
        j = particlesEnd(w, tokens, j, to); // "President von der Aalst", "Ada van den Berg"
      } else if (/^(of|for)$/.test(lower) && capitalised(tokens[j - 1]!) && w.titleLast.has(norm(tokens[j - 1]!)) && portfolioEnd(w, tokens, j, to, tokens[i - 1]?.text === ',') > 0) {
        j = portfolioEnd(w, tokens, j, to, tokens[i - 1]?.text === ','); // "Secretary of Energy Ada Reyes": the portfolio belongs to the title
      } else if (/^(of|on|for)$/.test(lower) && orgHead(w, tokens, i, j) && j + 1 < to && isNameWord(w, tokens, j + 1, from)) {
        j++;
      } else if (/^(of|on|for)$/.test(lower) && orgHead(w, tokens, i, j) && low2(tokens, j + 1) === 'the' && j + 2 < to && isNameWord(w, tokens, j + 2, from)) {
        j += 2; // "International Committee of the Red Cross"
      } else if (/^['’]s?$/.test(t.text) && adjacent(tokens[j - 1]!, t) && (t.text.length > 1 || /s$/.test(tokens[j - 1]!.text)) && possessiveInsideName(w, tokens, j + 1, to, from)) {
        j++;
      } else if (/^[A-Z]\.$/.test(t.text)) {
        j++; // a middle initial
      } else if (lower === 'and' && bodyThroughAnd(w, tokens, j, to) > 0) {
        j = bodyThroughAnd(w, tokens, j, to); // "Fish and Game Commission", "Department of Health and Human Services"
      } else if (/^(of|for|on|and)$/.test(lower) && hasComplement(w, tokens, i, j)) {
        const k = runToAcronym(w, tokens, j, to, from);
        // "Office of Management and Budget (OMB)", "Group for the Support of Islam and Muslims (JNIM)"; without an
        // acronym, ordinary words after "and" ("Alliance of Film and Television Producers") but not a body of their own
        const m = k < 0 && lower === 'and' ? ordinaryRun(w, tokens, j + 1, to) : -1;
        if (k < 0 && m < 0) break;
        j = k < 0 ? m : k;
      } else {
        break;
      }
    }
    spans.push([i, j]);
    i = j;
  }
  return spans;
}

/** From token k, name words that end with an organisation word: a body's name (after a spaced dash, after "and"). */
function bodyAfterDash(w: Words, tokens: PosToken[], k: number, to: number, sentenceStart: number): boolean {
  let m = k;
  while (m < to && isNameWord(w, tokens, m, sentenceStart)) m++;
  return m - k > 1 && w.organisationSuffixes.has(tokens[m - 1]!.text.toLowerCase());
}

/** From "and" at token j, ordinary capitalised words that end in an organisation word, after an ordinary word that is
 * no body of its own: one body's name ("Food and Drug Administration"), not two parties of a list ("the Harbour
 * Authority and Port Services", "Norva and Selmar Fishing Company", "the Front and the Party"). Where it ends, or -1. */
function bodyThroughAnd(w: Words, tokens: PosToken[], j: number, to: number): number {
  const ordinary = (k: number): boolean => k < to && /^\p{Lu}\p{Ll}+$/u.test(tokens[k]!.text) && isCommonWord(tokens[k]!.text);
  const before = low2(tokens, j - 1);
  if (!ordinary(j - 1) || w.bodyWords.has(before) || w.organisationHeads.has(before)) return -1;
  let end = -1;
  // the longest run ending in an organisation word: "Human Services Department"; a title may follow ("… Secretary X")
  for (let k = j + 1; ordinary(k); k++) if (k > j + 1 && w.organisationSuffixes.has(low2(tokens, k))) end = k + 1;
  return end;
}

/** After a run of lower-case particles from token j ("von der"), the first token that is not one. */
function particlesEnd(w: Words, tokens: PosToken[], j: number, to: number): number {
  let k = j;
  while (k < to && !capitalised(tokens[k]!) && w.particles.has(tokens[k]!.text.toLowerCase())) k++;
  return k;
}

/** Capitalised ordinary words from token k that end in a field ("and Industry") or in a plural of a common noun
 * ("and Television Producers"), not in an organisation word nor in a name ("and Ada Reyes"): where they end, or -1. */
function ordinaryRun(w: Words, tokens: PosToken[], k: number, to: number): number {
  let m = k;
  while (m < to && /^\p{Lu}\p{Ll}+$/u.test(tokens[m]!.text) && isCommonWord(tokens[m]!.text)) m++;
  if (m === k || (m < to && capitalised(tokens[m]!))) return -1;
  const last = tokens[m - 1]!.text.toLowerCase();
  if (w.organisationSuffixes.has(last)) return -1;
  return w.portfolios.has(last) || (/s$/.test(last) && isCommonWord(last.slice(0, -1))) ? m : -1;
}

/** The name so far has an organisation complement ("Office of …", "Group for the …"). */
function hasComplement(w: Words, tokens: PosToken[], first: number, j: number): boolean {
  for (let k = first + 1; k < j; k++) if (/^(of|for|on)$/.test(tokens[k]!.text) && orgHead(w, tokens, first, k)) return true;
  return false;
}

/** From connective j, connectives and name words up to a bracketed acronym: where the name ends, or -1. */
function runToAcronym(w: Words, tokens: PosToken[], j: number, to: number, sentenceStart: number): number {
  let k = j;
  let words = 0;
  while (k < to && k - j < 7) {
    const t = tokens[k]!;
    if (t.text === '(') return words > 0 && /^[A-Z]{2,8}$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')' ? k : -1;
    // "the Government of Norva and the Tarsis Liberation Front (TLF)": a body of its own after "and" ends the name
    if (t.text === 'and' && bodyAfterDash(w, tokens, low2(tokens, k + 1) === 'the' ? k + 2 : k + 1, to, sentenceStart)) return -1;
    if (/^(of|for|on|and|the)$/.test(t.text)) k++;
    else if (isNameWord(w, tokens, k, sentenceStart)) {
      words++;
      k++;
    } else return -1;
  }
  return -1;
}

const low2 = (tokens: PosToken[], k: number): string => tokens[k]?.text.toLowerCase() ?? '';

/** The name so far ends with an organisation head that takes a complement ("Ministry" of …), or is "Secretary". */
function orgHead(w: Words, tokens: PosToken[], first: number, j: number): boolean {
  const prev = tokens[j - 1]!;
  if (prev.text === 'Secretary') return tokens[j]!.text === 'of';
  const head = prev.text.toLowerCase();
  if (!w.organisationHeads.has(head) && !(w.organisationSuffixes.has(head) && tokens[j]!.text === 'of')) return false;
  // only one complement per name: "Ministry of Defence of X" is two names
  for (let k = first; k < j - 1; k++) if (/^(of|on|for)$/.test(tokens[k]!.text)) return false;
  return true;
}

/** "International Longshoremen’s Association": a possessive stays inside a name that ends with an organisation word. */
function possessiveInsideName(w: Words, tokens: PosToken[], from: number, to: number, sentenceStart: number): boolean {
  // "the Velmor Administration’s Relief Program": a body that owns another is a name of its own
  if (tokens[from - 1]!.text.length > 1 && w.organisationSuffixes.has(tokens[from - 2]!.text.toLowerCase())) return false;
  let k = from;
  while (k < to && isNameWord(w, tokens, k, sentenceStart)) k++;
  return k > from && w.organisationSuffixes.has(tokens[k - 1]!.text.toLowerCase());
}

const PORTFOLIO_JOINS = /^(and|&|,|of|for|the)$/;

/** The portfolio a title holds, from "of" or "for" at token j: "of Foreign Affairs", "for Youth, Sport and Physical
 * Activity", "of State for Trade". Its words come from the lexicon; a run of ordinary capitalised words also counts
 * where nothing can be a name after it: at the end of the line or before a bracket ("and Regional Cohesion"), and in
 * a title in apposition after a comma, before anything but a capitalised word ("X, Director of National Water Quality
 * Policy, said"); never before a word elsewhere ("Finance Bill Terrowen", "for Health and Ada Reyes said"). Where it
 * ends, or -1. */
function portfolioEnd(w: Words, tokens: PosToken[], j: number, to: number, appositive: boolean): number {
  if (!/^(of|for)$/.test(tokens[j]?.text ?? '')) return -1;
  let k = j + 1;
  if (low2(tokens, k) === 'the') k++;
  let end = -1;
  const word = (t: PosToken | undefined): boolean => t !== undefined && capitalised(t) && /^\p{L}+$/u.test(t.text);
  // an ordinary word written with a capital, not an acronym ("UN") and not the start of a title ("Secretary-General")
  const ordinary = (i: number): boolean => word(tokens[i]) && /^\p{Lu}\p{Ll}/u.test(tokens[i]!.text) && isCommonWord(tokens[i]!.text) && titleWordsAt(w, tokens, i, to) < 0;
  while (k < to) {
    const t = tokens[k]!;
    if (word(t) && w.portfolios.has(t.text.toLowerCase())) {
      end = ++k;
    } else if (ordinary(k)) {
      let r = k;
      while (r < to && ((word(tokens[r]) && w.portfolios.has(low2(tokens, r))) || ordinary(r))) r++;
      const next = tokens[r];
      if (r < to && !/^[()]$/.test(next!.text) && !(appositive && !capitalised(next!) && !/^['’]/.test(next!.text))) break;
      end = k = r;
    } else if (end > 0 && PORTFOLIO_JOINS.test(t.text.toLowerCase()) && k + 1 < to && (word(tokens[k + 1]) || low2(tokens, k + 1) === 'the')) {
      k++;
    } else break;
  }
  return end;
}

/** Where a title sequence starting at token i ends, with the forms of address before it and the portfolio after it
 * ("His Excellency Dr.", "Secretary of Energy"), or -1. */
function titleAt(w: Words, tokens: PosToken[], i: number, end: number): number {
  let h = i;
  while (h < end && capitalised(tokens[h]!) && w.honorifics.has(norm(tokens[h]!))) {
    h++;
    while (h < end && tokens[h]!.text === '.') h++;
  }
  const k = titleWordsAt(w, tokens, h, end);
  if (k < 0) return h > i && h < end && capitalised(tokens[h]!) ? h : -1;
  const portfolio = w.titleLast.has(norm(tokens[k - 1]!)) ? portfolioEnd(w, tokens, k, end, tokens[i - 1]?.text === ',') : -1;
  return portfolio > 0 ? portfolio : k;
}

function titleWordsAt(w: Words, tokens: PosToken[], i: number, end: number): number {
  const candidates = w.titlesByFirst.get(norm(tokens[i]!));
  if (!candidates) return -1;
  for (const title of candidates) {
    let k = i;
    let ok = true;
    for (const word of title) {
      while (k < end && tokens[k]!.text === '.') k++;
      if (k >= end || norm(tokens[k]!) !== word) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok) return k;
  }
  return -1;
}

interface Segment {
  /** First token of the raw span the segment was cut from. */
  rawFirst: number;
  first: number;
  end: number;
  afterTitle: boolean;
  titleOnly: boolean;
  affiliation?: [number, number];
}

/** Split a raw span at its titles: "Norvan Prime Minister Ada Okonkwo" → affiliation "Norvan", person "Ada Okonkwo". */
function segments(w: Words, tokens: PosToken[], first: number, end: number, headline: boolean): Segment[] {
  const lastLower = tokens[end - 1]!.text.toLowerCase();
  if (end - first > 1 && (w.organisationSuffixes.has(lastLower) || w.placeSuffixes.has(lastLower)) && titleAt(w, tokens, first, end) !== end) {
    return [{ rawFirst: first, first, end, afterTitle: false, titleOnly: false }];
  }
  const out: Segment[] = [];
  let segStart = first;
  let sawTitle = false;
  let before: [number, number] | undefined;
  let i = first;
  while (i < end) {
    // a title word after "of" or "for" inside a name is its complement: "Ministry of Justice", "Office of the President"
    const complement = i > first && /^(of|for|the)$/.test(tokens[i - 1]!.text);
    const titleEnd = complement ? -1 : titleAt(w, tokens, i, end);
    if (titleEnd < 0) {
      i++;
      continue;
    }
    // "Water Cabinet Secretary X", "Energy Commissioner X": portfolio words before the first title are part of it
    let titleFirst = i;
    if (!sawTitle && i > segStart && !w.organisationSuffixes.has(tokens[i - 1]!.text.toLowerCase())) {
      while (titleFirst > segStart && capitalised(tokens[titleFirst - 1]!) && w.portfolios.has(tokens[titleFirst - 1]!.text.toLowerCase())) titleFirst--;
    }
    if (titleFirst > segStart) {
      if (sawTitle) out.push(personSegment(w, tokens, first, segStart, titleFirst, headline, before));
      else if (titleFirst - segStart === 1 && w.bodyWords.has(tokens[segStart]!.text.toLowerCase()) && isCommonWord(tokens[segStart]!.text)) {
        // "Union leader X", "Government negotiator X": an ordinary word before a title is no name
        out.push({ rawFirst: first, first: titleFirst, end: titleFirst, afterTitle: false, titleOnly: true });
      } else {
        before = [segStart, titleFirst];
        out.push({ rawFirst: first, first: segStart, end: titleFirst, afterTitle: false, titleOnly: false });
      }
    }
    sawTitle = true;
    segStart = titleEnd;
    i = titleEnd;
  }
  if (!sawTitle) return [{ rawFirst: first, first, end, afterTitle: false, titleOnly: false }];
  if (segStart < end) out.push(personSegment(w, tokens, first, segStart, end, headline, before));
  else out.push({ rawFirst: first, first: end, end, afterTitle: true, titleOnly: true, ...(before ? { affiliation: before } : {}) });
  return out;
}

function personSegment(w: Words, tokens: PosToken[], rawFirst: number, first: number, end: number, headline: boolean, affiliation?: [number, number]): Segment {
  let stop = end;
  // "Secretary-General Welcomes Vote": in a headline, an ordinary word after a title, alone or before another, is no name
  if (headline && isCommonWord(tokens[first]!.text) && (first + 1 === end || isCommonWord(tokens[first + 1]!.text))) stop = first;
  else if (headline) {
    // Headlines capitalise every word: a person's name ends at the first ordinary word after an unknown one.
    let sawName = false;
    for (let k = first; k < end; k++) {
      const t = tokens[k]!;
      if (sawName && /^\p{L}+$/u.test(t.text) && isKnownWord(t.text) && !w.particles.has(t.text.toLowerCase())) {
        stop = k;
        break;
      }
      if (t.oov) sawName = true;
    }
  }
  return { rawFirst, first, end: stop, afterTitle: true, titleOnly: false, ...(affiliation ? { affiliation } : {}) };
}

const spanOf = (tokens: PosToken[], first: number, end: number): Span => ({ start: tokens[first]!.start, end: tokens[end - 1]!.end });

/** Name candidates of one paragraph (paragraph 0 is the headline). */
export function discoverNames(text: string, analysis: TextAnalysis, headline: boolean, lexicon: Lexicon): NameCandidate[] {
  const { tokens } = analysis;
  const w = wordsOf(lexicon);
  const out: NameCandidate[] = [];
  for (const sentence of lines(text, tokens, analysis.sentences)) {
    let from = sentence.firstToken;
    while (from < sentence.endToken && /^[“"‘'(]$/.test(tokens[from]!.text)) from++;
    const segs: Segment[] = [];
    let titleEnd = -1; // token after the last title or title complement
    let eventEnd = -1; // token after the last event or document
    for (const [first, end] of rawSpans(w, tokens, from, sentence.endToken, headline)) {
      if (eventEnd >= 0 && first === eventEnd + 1 && end === first + 1 && acronymBetween(tokens, eventEnd, end + 1)) {
        segs.push({ rawFirst: first, first: end, end, afterTitle: false, titleOnly: true }); // "X Framework (XF)": its acronym
        continue;
      }
      let k = first - 1;
      if (tokens[k]?.text === 'the') k--;
      // (unless a title of its own follows: "spokesman for UN Secretary-General X" names X)
      // (nor a body: "Secretary-General of the Velmor Union" names the union)
      if (titleEnd >= 0 && (/^(of|for|on)$/.test(tokens[k]?.text ?? '') || (!headline && tokens[k]?.text === 'to')) && k === titleEnd && !hasTitle(w, tokens, first, end) &&
        !(end - first > 1 && w.organisationSuffixes.has(tokens[end - 1]!.text.toLowerCase()))) {
        // "Minister of State for Foreign Affairs", "Coordinating Minister for Economic Affairs": part of the title; a
        // name of unknown words closing it is the person's ("Secretary-General of the United Nations Ada Okafor",
        // "Ambassador of Velmor to the United States Ada Okafor")
        const person = trailingName(tokens, first, end);
        segs.push({ rawFirst: first, first: person, end: person, afterTitle: false, titleOnly: true });
        if (person < end) segs.push({ rawFirst: first, first: person, end, afterTitle: true, titleOnly: false });
        titleEnd = person < end ? -1 : end;
        continue;
      }
      const made = segments(w, tokens, first, end, headline);
      segs.push(...made);
      // "Treaty on the Non-Proliferation of Nuclear Weapons": the complements of an event or a document are part of it
      const event = tokens.slice(first, end).some((t) => w.eventWords.has(t.text.toLowerCase()));
      titleEnd = made[made.length - 1]!.titleOnly || event ? end : -1;
      eventEnd = event ? end : -1;
    }
    const made: (NameCandidate | undefined)[] = [];
    for (let s = 0; s < segs.length; s++) {
      const seg = segs[s]!;
      if (seg.titleOnly || seg.end <= seg.first) {
        made.push(undefined);
        continue;
      }
      const c = candidate(w, text, tokens, seg);
      // "U.S. Secretary of State, Antony Blinken"; "Minister of Culture (MCX) Ada Reyes"
      // "Director of the Tarsis Institute, Ada Reyes": the body of the title's complement is the one Ada Reyes belongs to
      const body = s > 1 && segs[s - 2]!.titleOnly && !segs[s - 1]!.titleOnly && tokens[seg.first - 1]?.text === ',' &&
        /^(of|for|the)$/.test(tokens[segs[s - 1]!.first - 1]?.text ?? '') && segs[s - 1]!.end === seg.first - 1 ? segs[s - 1] : undefined;
      const title = s > 0 && segs[s - 1]!.titleOnly && tokens[seg.first - 1]?.text === ',' ? segs[s - 1] :
        s > 1 && segs[s - 2]!.titleOnly && (body || acronymBetween(tokens, segs[s - 2]!.end, seg.first)) ? segs[s - 2] : undefined;
      if (c && !c.event && seg.afterTitle === false && title) {
        c.type = 'party';
        c.kind = 'person';
        const aff = body ? [body.first, body.end] : title.affiliation;
        if (aff) c.memberOf = spanOf(tokens, aff[0], aff[1]);
      }
      made.push(c);
    }
    for (let s = 0; s < segs.length; s++) {
      const c = made[s];
      if (!c) continue;
      if (!c.event) typeFromContext(w, c, tokens, segs[s]!, segs, made, sentence.endToken);
      out.push(c);
    }
  }
  const signer = headline ? undefined : signedBy(w, text);
  if (signer && !out.some((c) => c.start <= signer.start && c.end >= signer.end && c.kind === 'person')) {
    // (the signer replaces what the line's words made of it: "HRVP Ilves" is a title and a name)
    return [...out.filter((c) => c.end <= signer.start || c.start >= signer.end), signer];
  }
  return out;
}

/** Whether a paragraph is a statement's signature line ("Statement by High Representative X"). */
export function isSignatureLine(text: string, lexicon: Lexicon): boolean {
  return wordsOf(lexicon).signature.test(text);
}

/** "Statement by HRVP Ilves", a paragraph of its own: whoever signs a statement is a person, after the titles and the
 * acronyms of titles before the name (the last one or two capitalised words). */
function signedBy(w: Words, text: string): NameCandidate | undefined {
  const m = w.signature.exec(text);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  // the name: the last word, or the last two when the one before is no title and no acronym
  const before = words.at(-2);
  const two = before !== undefined && !/^\p{Lu}{2,}\.?$/u.test(before) && !w.titlesByFirst.has(before.toLowerCase().replace(/\.$/, '')) && !w.titleLast.has(before.toLowerCase());
  const name = words.slice(two ? -2 : -1).join(' ');
  const end = m.index + m[0].replace(/\s*\.?\s*$/, '').length;
  return { start: end - name.length, end, name, type: 'party', kind: 'person', partyCues: 1, commonWord: false };
}

/** Where a name of two or more unknown words closes the span [first, end) after known words, or end. */
function trailingName(tokens: PosToken[], first: number, end: number): number {
  let p = end;
  while (p > first && (tokens[p - 1]!.oov || tokens[p - 1]!.text === '-')) p--;
  return p > first && end - p >= 2 && !tokens[p]!.text.startsWith('-') ? p : end;
}

function hasTitle(w: Words, tokens: PosToken[], first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (titleWordsAt(w, tokens, k, end) > 0) return true;
  return false;
}

/** Tokens [from, to) are "(", an acronym and ")". */
function acronymBetween(tokens: PosToken[], from: number, to: number): boolean {
  return to === from + 3 && tokens[from]!.text === '(' && /^\p{Lu}{2,8}$/u.test(tokens[from + 1]!.text) && tokens[from + 2]!.text === ')';
}

/** The sentences cut at line breaks: a list of names with their titles, one a line, is no sentence. */
function lines(text: string, tokens: PosToken[], sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    let first = s.firstToken;
    for (let k = first + 1; k < s.endToken; k++) {
      if (!text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n')) continue;
      out.push({ start: tokens[first]!.start, end: tokens[k - 1]!.end, firstToken: first, endToken: k });
      first = k;
    }
    out.push(first === s.firstToken ? s : { start: tokens[first]!.start, end: s.end, firstToken: first, endToken: s.endToken });
  }
  return out;
}

function candidate(w: Words, text: string, tokens: PosToken[], seg: Segment): NameCandidate | undefined {
  const words = tokens.slice(seg.first, seg.end);
  const lowerWords = words.map((w) => w.text.toLowerCase());
  const span = spanOf(tokens, seg.first, seg.end);
  if (lowerWords.some((word) => w.eventWords.has(word))) return { ...span, name: text.slice(span.start, span.end), partyCues: 0, commonWord: false, event: true };
  const c: NameCandidate = { ...span, name: text.slice(span.start, span.end), partyCues: 0, commonWord: false };
  const single = words.length === 1;
  const last = lowerWords[lowerWords.length - 1]!;
  if (seg.afterTitle) {
    c.type = 'party';
    c.kind = 'person';
    if (seg.affiliation) c.memberOf = spanOf(tokens, seg.affiliation[0], seg.affiliation[1]);
  } else if (!single && w.organisationSuffixes.has(last)) {
    c.type = 'party';
    c.kind = w.mediaSuffixes.has(last) ? 'media' : 'organisation';
  } else if (!single && lowerWords.some((word, k) => k > 0 && /^(of|on|for)$/.test(word) && (w.organisationHeads.has(lowerWords[k - 1]!) || w.organisationSuffixes.has(lowerWords[k - 1]!)))) {
    c.type = 'party'; // "Ministry of Employment", "Authority on Development"
    c.kind = 'organisation';
  } else if (w.politicalGroups.has(last)) {
    c.type = 'party'; // "Democrats demanded …", "the Christian Democrats"
    c.kind = 'organisation';
  } else if (!single && w.placeSuffixes.has(last)) {
    c.type = 'place';
    c.kind = w.placeSuffixes.get(last)!;
  } else if (!single && words.some((t) => /^\p{Lu}\.$/u.test(t.text)) && /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 1]!.text) &&
    [1, 2, 3].includes(words.filter((t) => !/^\p{Lu}\.$/u.test(t.text)).length) && (!isCommonWord(words[words.length - 1]!.text) || !/^\p{Lu}\.$/u.test(words[0]!.text))) {
    c.type = 'party'; // "J. R. Hollis", "Orla M. Brandt": initials belong to people's names
    c.kind = 'person';
  } else if (single && /^[A-Z]{2,6}$/.test(words[0]!.text)) {
    c.type = 'party';
    c.kind = 'organisation';
  } else if (single && /^\p{L}+$/u.test(words[0]!.text) && isKnownWord(words[0]!.text)) {
    // "Teams from …", "Multiple proposals …": kept only if the sentence gives strong party cues ("Ford spokesman X")
    c.commonWord = true;
  }
  return c;
}

/** A name of several words the model does not know (particles and initials aside): a person's rather than a body's. */
function unknownWords(w: Words, tokens: PosToken[], first: number, end: number): boolean {
  return end - first > 1 && tokens.slice(first, end).every((t) => t.oov || !/^\p{L}+$/u.test(t.text) || w.particles.has(t.text.toLowerCase()));
}

/** "54-year-old" as five tokens from k, read through `word` (the lower-case text of a token, '' outside the sentence). */
function yearsOldAt(word: (i: number) => string, k: number): boolean {
  return /^\d{1,3}$/.test(word(k)) && word(k + 1) === '-' && /^years?$/.test(word(k + 2)) && word(k + 3) === '-' && word(k + 4) === 'old';
}

/** From token k of an indefinite apposition, an age ("54-year-old"), adjectives and one or two lower-case nouns of a
 * trade that is no role of a party ("fisherman", "boat owner"; not "official"), then "from": where "from" is, or -1. */
function hometownAt(w: Words, tokens: PosToken[], k: number, sentenceEnd: number): number {
  const text = (i: number): string => (i < sentenceEnd ? tokens[i]!.text.toLowerCase() : '');
  if (yearsOldAt(text, k)) k += 5;
  while (k < sentenceEnd && tokens[k]!.pos === 'ADJ') k++;
  let nouns = 0;
  while (k < sentenceEnd && nouns < 2 && tokens[k]!.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[k]!.text) && !w.roleNouns.has(text(k))) {
    k++;
    nouns++;
  }
  return nouns > 0 && text(k) === 'from' ? k : -1;
}

/** An age in apposition from token k: ", 54," or ", 54." (the comma after it stays), or "(54)" (to the token after
 * it): where the rest of the sentence goes on, or -1. */
function ageEnd(tokens: PosToken[], k: number, sentenceEnd: number): number {
  const text = (i: number): string => (i < sentenceEnd ? tokens[i]!.text : '');
  const age = (i: number): boolean => /^\d{1,3}$/.test(text(i)) && Number(text(i)) <= 120;
  if (text(k) === ',' && age(k + 1) && /^[,.;]?$/.test(text(k + 2))) return k + 2;
  if (text(k) === '(' && age(k + 1) && text(k + 2) === ')') return k + 3;
  return -1;
}

/** A verb or phrase of a contest ends right before token k, a score aside: "beat", "lost 2-1 to", "drew 1-1 with". */
function contestBefore(w: Words, tokens: PosToken[], k: number): boolean {
  const words: string[] = [];
  for (let m = k - 1; m >= 0 && m >= k - 4 && words.length < 2; m--) {
    const t = tokens[m]!.text;
    if (/^[.!?;:,“”"()]$/.test(t)) break;
    if (!/^\d{1,3}[-–]\d{1,3}$/.test(t)) words.unshift(t.toLowerCase());
  }
  return w.contestVerbs.has(words.at(-1) ?? '') || w.contestVerbs.has(words.join(' '));
}

/** Typing cues around a candidate: roles, "spokesman for X", "a resident of X", "in X", "X said", "(ACRONYM)". */
function typeFromContext(w: Words, c: NameCandidate, tokens: PosToken[], seg: Segment, segs: Segment[], made: (NameCandidate | undefined)[], sentenceEnd: number): void {
  const low = (k: number): string => (k >= 0 && k < sentenceEnd ? tokens[k]!.text.toLowerCase() : '');
  const nextSegAfter = (k: number): number => segs.findIndex((s) => s.first >= k && s.first <= k + 1 && !s.titleOnly);
  let after = seg.end;
  if (/^['’]s?$/.test(low(after))) after++;
  // "Kenji Morrow, 54, a fisherman …", "Ada Reyes (61) said": an age after a name of several words is a person's, and
  // the apposition or verb after it speaks of the name as if the age were not there
  // (and so does one before it: "54-year-old Kenji Morrow")
  const aged = ageEnd(tokens, after, sentenceEnd);
  const agedBefore = yearsOldAt(low, seg.first - 5);
  if ((aged > 0 || agedBefore) && seg.end - seg.first > 1 && !c.commonWord && (!c.type || c.kind === 'person')) {
    c.type = 'party';
    c.kind = 'person';
    if (aged > 0) after = aged;
  }
  // where a person lives or comes from is a place they lie within: "X, 54, of Y,", "X, a fisherman from Y,"
  const livesIn = (t: number): void => {
    const home = t >= 0 ? made[t] : undefined;
    if (home && !home.type && !home.commonWord) {
      home.type = 'place';
      home.kind = 'other';
    }
    if (home?.type === 'place') c.within = { start: home.start, end: home.end };
  };
  if (aged > 0 && c.kind === 'person' && low(after) === ',' && /^(of|from)$/.test(low(after + 1))) livesIn(nextSegAfter(after + 2));
  // "X, a representative for Y" / "X, spokesman for Y" / "X, a resident of Y" / "X, an official from Y"
  if (low(after) === ',') {
    let k = after + 1;
    if (/^(a|an|the)$/.test(low(k))) k++;
    while (k < sentenceEnd && (tokens[k]!.pos === 'ADJ' || w.roleModifiers.has(low(k)))) k++;
    if (w.roleNouns.has(low(k)) && !capitalised(tokens[k]!)) {
      const role = low(k);
      if (c.kind === undefined || c.kind === 'person') {
        c.type = 'party';
        c.kind = 'person';
      }
      if (/^(for|of|at|with|to|from)$/.test(low(k + 1))) {
        let target = k + 2;
        if (/^(the)$/.test(low(target))) target++;
        const t = nextSegAfter(target);
        const targetCand = t >= 0 ? made[t] : undefined;
        if (targetCand) {
          const span = { start: targetCand.start, end: targetCand.end };
          if (w.placeRoles.has(role)) {
            c.within = span;
            if (!targetCand.type) {
              targetCand.type = 'place';
              targetCand.kind = 'other';
            }
          } else {
            c.memberOf = span;
            targetCand.partyCues += 2;
          }
        }
      }
    } else if (/^(a|an)$/.test(low(after + 1))) {
      // "X, a fisherman from Y,", "X, a 54-year-old boat owner from Y,": where one of a trade comes from
      const from = hometownAt(w, tokens, after + 2, sentenceEnd);
      if (from > 0) livesIn(nextSegAfter(from + 1));
    }
  }
  // "X, Minister of Finance", "X, the Deputy Director": a title alone after a comma is X's; "X, the Foreign Minister
  // of Velmor": the body or country of the title's complement is the one X belongs to
  if (low(after) === ',' && (c.kind === undefined || c.kind === 'person') && !c.commonWord) {
    const k = /^(a|an|the)$/.test(low(after + 1)) ? after + 2 : after + 1;
    const t = segs.findIndex((s) => s.rawFirst === k && s.titleOnly && !s.affiliation);
    if (t >= 0) {
      c.type = 'party';
      c.kind = 'person';
      const of = segs[t + 1];
      const end = of?.titleOnly ? of.first : of?.end ?? 0;
      if (of && end > of.rawFirst && /^(of|for)$/.test(low(of.rawFirst - 1) === 'the' ? low(of.rawFirst - 2) : low(of.rawFirst - 1))) {
        c.memberOf = spanOf(tokens, of.rawFirst, end);
      }
    }
  }
  // "Y's spokesman X", "Velmor leader X", "senior official X"
  // "Velmor's foreign minister X", and with a comma, for a name of unknown words: "Velmor's foreign minister, Ada Reyes"
  const beforeRole = (word: string): boolean => w.roleModifiers.has(word) || w.roleFields.has(word) || w.portfolios.has(word);
  let k = seg.first - 1;
  if (/^['’]s?$/.test(low(k))) k--;
  if (low(k) === ',' && unknownWords(w, tokens, seg.first, seg.end)) k--;
  // a word that is both ("chief") is the role where it stands right before the name: "Velmor chief X"
  if (!w.roleNouns.has(low(k))) while (k >= 0 && beforeRole(low(k))) k--;
  if (w.roleNouns.has(low(k)) && (c.kind === undefined || c.kind === 'person') && !capitalised(tokens[k]!)) {
    c.type = 'party';
    c.kind = 'person';
    let m = k - 1;
    while (m >= 0 && (beforeRole(low(m)) || /^['’]s?$/.test(low(m)))) m--;
    const owner = made.find((o) => o !== undefined && o.end === tokens[m]?.end);
    if (owner?.commonWord && w.bodyWords.has(owner.name.toLowerCase())) {
      // "Union leader X", "Government negotiator X": an ordinary word before the role is no party
      owner.partyCues = -99;
    } else if (owner && m >= 0 && !w.placeRoles.has(low(k))) {
      c.memberOf = { start: owner.start, end: owner.end };
      owner.partyCues += 2;
    }
  }
  // "According to senior official X, who spoke to Y, the Norvan delegation left …": an official with no body named,
  // the source of what a delegation did, belongs to the delegation's party
  if (w.roleNouns.has(low(seg.first - 1)) && !c.memberOf && tokens.slice(Math.max(0, seg.first - 5), seg.first).some((t, n, all) => t.text.toLowerCase() === 'according' && all[n + 1]?.text.toLowerCase() === 'to')) {
    for (let k = seg.end; k + 1 < sentenceEnd; k++) {
      if (low(k) !== 'the') continue;
      const owner = made.find((o) => o !== undefined && o.start === tokens[k + 1]!.start && o.type !== 'place');
      const next = owner ? tokens.findIndex((t) => t.start >= owner.end) : -1;
      if (owner && next > 0 && w.delegationNouns.has(low(next))) {
        c.memberOf = { start: owner.start, end: owner.end };
        break;
      }
    }
  }
  // "spokesman for X", "representative of X": X is a party
  if (/^(for|of)$/.test(low(seg.first - 1)) || (low(seg.first - 1) === 'the' && /^(for|of)$/.test(low(seg.first - 2)))) {
    const roleAt = low(seg.first - 1) === 'the' ? seg.first - 3 : seg.first - 2;
    if (w.roleNouns.has(low(roleAt)) && !w.placeRoles.has(low(roleAt))) c.partyCues += 2;
    if (w.placeOfNouns.has(low(roleAt)) && !c.type) {
      c.type = 'place';
      c.kind = 'other';
    }
  }
  // "Selmar United beat Kolvik Rovers", "lost 2-1 to Kolvik Rovers": the other side of a contest is a party
  if (!c.type && contestBefore(w, tokens, seg.first)) {
    c.type = 'party';
    c.partyCues += 1;
  }
  // "in X" for an unknown name; "X in southern Y"
  if (!c.type && w.placePrepositions.has(low(seg.first - 1)) && !c.commonWord) {
    c.type = 'place';
    c.kind = 'other';
  }
  // "in Khartoum and Omdurman": a name coordinated with one after a place preposition is a place too, unless it is the
  // name of several words that is the subject of the next verb ("in Velmora, Ada Okafor said"; but "the plants in Kordo
  // and Belwa employ")
  const subject = seg.end - seg.first > 1 && after < sentenceEnd && (tokens[after]!.pos === 'VERB' || tokens[after]!.pos === 'AUX');
  if (!c.type && !c.commonWord && !subject && /^(and|or|,)$/.test(low(seg.first - 1))) {
    const prev = segs.findIndex((o) => o.end === seg.first - 1 && !o.titleOnly);
    if (prev >= 0 && w.placePrepositions.has(low(segs[prev]!.first - 1))) {
      c.type = 'place';
      c.kind = 'other';
    }
  }
  if (c.type === 'place' && low(after) === 'in') {
    let t = after + 1;
    if (low(t) === 'the' || w.compassWords.has(low(t))) t++;
    const o = nextSegAfter(t);
    const owner = o >= 0 ? made[o] : undefined;
    if (owner) c.within = { start: owner.start, end: owner.end };
  }
  // "Ukraine’s Foreign Minister X": the possessor is the party the person belongs to
  if (seg.afterTitle && !c.memberOf && /^['’]s$/.test(low(seg.rawFirst - 1))) {
    const owner = made.find((o) => o !== undefined && o.end === tokens[seg.rawFirst - 2]?.end);
    if (owner) c.memberOf = { start: owner.start, end: owner.end };
  }
  // "the X region", "X province"
  if (!c.type && !c.commonWord && w.placeNounsAfter.has(low(after)) && !capitalised(tokens[after]!)) {
    c.type = 'place';
    c.kind = 'region';
  }
  // "the X union", "the X group"
  if (!c.type && !c.commonWord && w.organisationNounsAfter.has(low(after)) && !capitalised(tokens[after]!)) {
    c.type = 'party';
    c.kind = 'organisation';
  }
  // "(USMX)": a name of several words given an acronym is a body
  if (low(after) === '(' && /^[A-Z]{2,8}$/.test(tokens[after + 1]?.text ?? '') && low(after + 2) === ')') {
    c.acronym = { start: tokens[after + 1]!.start, end: tokens[after + 1]!.end };
    if (!c.type && seg.end - seg.first > 1) {
      c.type = 'party';
      c.kind = 'organisation';
    }
  }
  // "X, who …": the relative pronoun of people
  if (!c.type && !c.commonWord && seg.end - seg.first > 1 && low(after) === ',' && low(after + 1) === 'who') {
    c.type = 'party';
    c.kind = 'person';
  }
  // "X said", "X, the maker of Y, said", "X agreed": acts as a party; a name of unknown words that speaks is a person
  let verbAt = after;
  if (low(after) === ',') {
    verbAt = after + 1;
    if (!w.speechVerbs.has(low(verbAt))) {
      let close = after + 1;
      while (close < sentenceEnd && close < after + 15 && low(close) !== ',') close++;
      verbAt = low(close) === ',' ? close + 1 : sentenceEnd;
    }
  } else if (low(after) === 'and' || low(after) === 'of') {
    // "Ada Okafor and Tomas Orbeld met …": the first of two names that are the subject acts with the second; "Kenji
    // Morrow of Selmar said": so does a name before where it is from
    const partner = segs.find((s) => s.first === after + 1 && !s.titleOnly);
    if (partner && partner.end < sentenceEnd && (tokens[partner.end]!.pos === 'VERB' || tokens[partner.end]!.pos === 'AUX')) verbAt = partner.end;
  }
  const verb = tokens[verbAt];
  if (verb && verbAt < sentenceEnd && (verb.pos === 'VERB' || verb.pos === 'AUX')) c.partyCues += 1;
  const nameOfUnknownWords = unknownWords(w, tokens, seg.first, seg.end);
  const afterRole = low(seg.first - 1) === ',' && tokens.slice(Math.max(0, seg.first - 7), seg.first - 1).some((t) => w.roleNouns.has(t.text.toLowerCase()) && !w.placeRoles.has(t.text.toLowerCase()));
  const saidBefore = w.speechVerbs.has(low(seg.first - 1)) && tokens[seg.first - 1]!.pos === 'VERB'; // "…, said Yusuf al-Qadri"
  if (saidBefore) c.partyCues += 1;
  if (!c.type && nameOfUnknownWords && (w.speechVerbs.has(low(verbAt)) || afterRole || saidBefore)) {
    c.type = 'party';
    c.kind = 'person';
  }
}
