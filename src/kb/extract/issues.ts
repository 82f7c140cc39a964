// Issue cues: stance, subject and head cue phrases over POS tokens, and the noun phrase each cue governs.
import type { Stance } from '../types.ts';
import type { Span } from './discover.ts';
import { WEEKDAYS_AND_MONTHS } from './lexicon.ts';
import type { PosToken, TextAnalysis } from './nlp.ts';

/** One cue in one sentence and the issue phrases it governs. */
export interface IssueCue extends Span {
  kind: 'stance' | 'subject' | 'head';
  stance?: Stance;
  /** The phrases (offsets into the paragraph) naming the contested matter. */
  phrases: (Span & { text: string })[];
  sentence: Span;
  /** Where an "According to X," attribution ends: actors are looked for after it. */
  actorsFrom: number;
  /** "was rejected by X": the actor comes after the cue, from this offset. */
  agentFrom?: number;
  /** The cue stands in a quotation after a first-person "we": the speaker is the actor. */
  quotedWe: boolean;
  /** An accusation ("reneged on", "violated", "blocking"): whoever levels it demands the matter. Where that accuser is
   * looked for: the "According to X," source, or the clause before "X accused … of", "X said …". */
  source?: Span;
}

const cue = (s: string): string[] => s.replace(/-/g, ' - ').split(/\s+/);

// Rejections that someone usually levels at another party: the actor rejects the matter, the accuser demands it.
const ACCUSATION_CUES = ['reneged on', 'reneging on', 'renege on', 'backed away from', 'backing away from', 'backed out of',
  'backing out of', 'backtracked on', 'backtracked from', 'backtracking on', 'backtracking from', 'went back on', 'going back on',
  'violated', 'violating', 'breached', 'breaching', 'blocked', 'blocking', 'obstructed', 'obstructing', 'undermined', 'undermining'];
const ACCUSATION = new Set(ACCUSATION_CUES.map((c) => cue(c).join(' ')));
// Verbs that introduce an accusation or a report of one: their subject is the accuser.
const ACCUSING_VERBS = new Set(['accused', 'accuses', 'accusing', 'accuse', 'blamed', 'blames', 'blaming', 'charged', 'charges', 'alleged',
  'alleges', 'claimed', 'claims', 'complained', 'complains', 'said', 'says', 'told', 'stated', 'added', 'warned', 'insisted', 'argued']);

// Stance cues govern the phrase after them. Negated acceptance becomes rejection (see negated()).
const STANCE_CUES: [string[], Stance][] = [
  ...['demanded', 'demands', 'demanding', 'demand that', 'demanded that', 'insisted on', 'insisted that', 'insists on', 'insists that',
    'called for', 'calls for', 'calling for', 'urged', 'pushing for', 'pushed for', 'advocating for', 'advocated for', 'sought',
    'seeks', 'is seeking', 'wants', 'demand for'].map((c): [string[], Stance] => [cue(c), 'demands']),
  ...['rejected', 'rejects', 'objected to', 'objects to', 'refused', 'refuses', 'refuse to', 'opposed', 'opposes', 'reject', 'oppose',
    'ruled out', 'dismissed', ...ACCUSATION_CUES].map((c): [string[], Stance] => [cue(c), 'rejects']),
  ...['accepted', 'accepts', 'agreed to', 'agreed that', 'agreed on', 'agree to', 'accept', 'approved', 'endorsed', 'welcomed',
    'signed off on'].map((c): [string[], Stance] => [cue(c), 'accepts']),
  ...['proposed', 'proposes', 'offered', 'suggested', 'put forward', 'presented'].map((c): [string[], Stance] => [cue(c), 'proposes']),
];
const SUBJECT_CUES = ['main issue', 'main issues', 'key issue', 'key issues', 'sticking point', 'sticking points', 'central issue',
  'core issue', 'main obstacle', 'bone of contention'].map(cue);
const DISPUTE_CUES = ['dispute over', 'disagreement over', 'differences over', 'concerns about', 'such as', 'focus on', 'focused on',
  'focusing on', 'agree on', 'walked out over', 'divided over', 'split over', 'row over', 'standoff over', 'deadlock over'].map(cue);
// Head cues are part of the matter itself ("release of X", "lasting truce", "wage increase").
const HEAD_CUES = ['release of', 'releasing', 'freeing', 'withdrawal of', 'withdrawal from', 'departure from', 'pullout from', 'presence in',
  'presence on', 'return of', 'returning', 'exchange of', 'recognition of', 'end of the war', 'end to the war', 'lasting truce',
  'permanent ceasefire', 'permanent cease-fire', 'permanent end', 'increase in', 'wage increase', 'new conditions', 'screening of',
  'military campaign', 'two-state solution', 'collective bargaining', 'humanitarian aid', 'humanitarian assistance',
  'phase out', 'phase-out of', 'phasing out', 'reopening of', 'cessation of', 'unification of', 'integration of', 'timetable for',
  'extension of', 'restoration of', 'exemption for', 'exemption from', 'access to', 'lifting of', 'cuts to', 'reduction in'].map(cue);
// Single words that name a contested matter wherever they stand; the phrase grows around them.
const HEAD_WORDS = new Set(['ceasefire', 'truce', 'hostages', 'prisoners', 'detainees', 'wages', 'wage', 'contract', 'sanctions', 'annexation', 'blockade']);
// Head words that name a matter only in lower case ("climate finance", not "Finance Minister").
const LOWER_HEAD_WORDS = new Set(['ransom', 'tariffs', 'subsidies', 'pensions', 'pension', 'bonus', 'siege', 'kidnappings', 'kidnapping',
  'elections', 'finance', 'funding', 'cuts', 'indexation', 'deforestation', 'automation', 'amnesty', 'disarmament', 'autonomy', 'reparations']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'remains', 'remain', 'remained']);
const INNER_PREPOSITIONS = new Set(['of', 'in', 'on', 'from', 'to', 'over', 'for', 'upon', 'into', 'along', 'at', 'about', 'throughout', 'with']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
const LEADING = /^(?:(?:the|a|an|any|its|their|his|her|our|all|some|more|further|such|this|that|these|those)\s+|(?:a number|dozens|hundreds|thousands|hundreds of thousands|scores|a group)\s+of\s+)+/i;
const QUANTIFIERS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'millions']);
const GENERIC = new Set(['plan', 'agreement', 'deal', 'proposal', 'talks', 'negotiations', 'issue', 'issues', 'details', 'discussions',
  'way', 'part', 'demand', 'demands', 'offer', 'position', 'efforts', 'process', 'meeting', 'statement', 'table', 'time', 'need', 'request', 'matter', 'things', 'side', 'sides']);

type CueKind = 'stance' | 'subject' | 'dispute' | 'head';
interface CuePattern {
  words: string[];
  kind: CueKind;
  stance?: Stance;
}

/** Cue patterns indexed by their first word, so each token looks only at the cues that can start there. */
const CUES_BY_FIRST_WORD = new Map<string, CuePattern[]>();
function index(words: string[], kind: CueKind, stance?: Stance): void {
  const list = CUES_BY_FIRST_WORD.get(words[0]!) ?? [];
  list.push(stance ? { words, kind, stance } : { words, kind });
  CUES_BY_FIRST_WORD.set(words[0]!, list);
}
for (const [words, stance] of STANCE_CUES) index(words, 'stance', stance);
for (const words of SUBJECT_CUES) index(words, 'subject');
for (const words of DISPUTE_CUES) index(words, 'dispute');
for (const words of HEAD_CUES) index(words, 'head');
// Longest cue first: "demanded that" before "demanded".
for (const list of CUES_BY_FIRST_WORD.values()) list.sort((a, b) => b.words.length - a.words.length);

function at(low: string[], pattern: string[], i: number): boolean {
  for (let k = 0; k < pattern.length; k++) if (low[i + k] !== pattern[k]) return false;
  return true;
}

/** Grow a noun phrase from token i to a clause boundary; returns [first, end) tokens. */
function growPhrase(tokens: PosToken[], low: string[], i: number, end: number): [number, number] {
  let j = i;
  while (j < end && j - i < 16) {
    const t = tokens[j]!;
    const w = low[j]!;
    const next = tokens[j + 1];
    if (w === '-' && j > i && next && tokens[j - 1]!.end === t.start && t.end === next.start) {
      j += 2; // "one-off", "cost-of-living": a hyphen inside a word joins whatever stands after it
      continue;
    }
    if (t.pos === 'PUNCT' && !(w === '-' && j > i) && !/^['’]s?$/.test(w)) break;
    if (WEEKDAYS_AND_MONTHS.has(w)) {
      // "the proposal on Wednesday"; "withdrawal from Rafah on 2 January": the day number goes with its month
      if (j > i + 1 && /^\d{1,2}(?:st|nd|rd|th)?$/.test(low[j - 1]!)) j--;
      break;
    }
    if (t.pos === 'CCONJ' && next && (next.pos === 'VERB' || next.pos === 'AUX')) break;
    if (t.pos === 'AUX' || t.pos === 'SCONJ') break;
    if (t.pos === 'ADP' && !INNER_PREPOSITIONS.has(w)) break;
    if (t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(w)) break;
    if (/^(that|which|who|until|before|after|while|because|as|than|since)$/.test(w)) break;
    if (t.pos === 'VERB' && j > i && !/(ing|ed)$/.test(w) && low[j - 1] !== 'to') break;
    j++;
  }
  while (j > i && /^(of|in|on|from|to|and|or|the|a|an|its|their|for|with|at|-|as)$/.test(low[j - 1]!)) j--;
  return [i, j];
}

interface Phrase extends Span {
  text: string;
}

/** Split a coordinated phrase ("a lasting truce and an Israeli departure from Gaza"), drop determiners and generic heads. */
function cleanPhrases(text: string, tokens: PosToken[], low: string[], first: number, end: number): Phrase[] {
  const parts: [number, number][] = [];
  let from = first;
  for (let k = first; k < end; k++) {
    if ((low[k] === 'and' || low[k] === 'or' || low[k] === ',') && k + 1 < end && (/^(DET|NUM|PRON)$/.test(tokens[k + 1]!.pos) || QUANTIFIERS.has(low[k + 1]!))) {
      parts.push([from, k]);
      from = k + 1;
    }
  }
  parts.push([from, end]);
  const out: Phrase[] = [];
  // "release of dozens of X and hundreds of Y": the second part is also a release
  const head = /^(release|withdrawal|return|exchange|departure) of$/.test(`${low[first]} ${low[first + 1]}`) ? `${tokens[first]!.text} of ` : '';
  for (const [a, b] of parts) {
    if (b <= a || tokens[a]!.pos === 'ADP') continue;
    let start = tokens[a]!.start;
    const stop = tokens[b - 1]!.end;
    const lead = LEADING.exec(text.slice(start, stop));
    if (lead) start += lead[0].length;
    let phrase = text.slice(start, stop).trim();
    if (head && a !== first && !phrase.toLowerCase().startsWith(head.toLowerCase())) phrase = head.toLowerCase() + phrase;
    if (phrase.length < 3) continue;
    const words = phrase.toLowerCase().split(/\s+/);
    if (GENERIC.has(words[words.length - 1]!) && !/ (of|in|on|from|about|for) /.test(phrase)) continue;
    if (words.length === 1 && !HEAD_WORDS.has(words[0]!) && !LOWER_HEAD_WORDS.has(words[0]!) && tokens[a]!.pos !== 'NOUN') continue;
    // "urged both sides to return to the table": an appeal to the parties to act names no matter
    if (/^(?:both |all |the |two )*(?:sides|parties|delegations|negotiators|leaders|them|governments|camps)\s+to\s/i.test(phrase)) continue;
    // "lowered to 60", "exclude fighters convicted of …": a phrase opening with a finite or bare verb names no matter
    if (tokens[a]!.pos === 'VERB' && !/ing$/.test(low[a]!) && tokens[a]!.start === start) continue;
    out.push({ start, end: stop, text: phrase });
  }
  return out;
}

function negated(low: string[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (/^(not|n't|n’t|never|no)$/.test(low[k]!)) return true;
  return false;
}

/** Every issue cue of one paragraph. */
export function findIssueCues(text: string, analysis: TextAnalysis): IssueCue[] {
  const { tokens } = analysis;
  const low = tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const out: IssueCue[] = [];
  const quoteOpen = quotedRanges(text);
  for (const s of analysis.sentences) {
    const sentence = { start: s.start, end: s.end };
    const actorsFrom = attributionEnd(tokens, low, s.firstToken, s.endToken);
    const attribution = actorsFrom > tokens[s.firstToken]!.start ? { start: tokens[s.firstToken + 2]!.start, end: actorsFrom } : undefined;
    const push = (kind: IssueCue['kind'], first: number, cueEnd: number, phraseStart: number, stance?: Stance, source?: Span, clause = -1): void => {
      const [a, b] = growPhrase(tokens, low, phraseStart, s.endToken);
      // a subjunctive clause keeps its subject in front of the verb phrase ("the RSF withdraw from civilian homes")
      const phrases = b > a ? cleanPhrases(text, tokens, low, clause >= 0 ? clause : a, b) : [];
      if (phrases.length === 0) return;
      const c: IssueCue = {
        kind, start: tokens[first]!.start, end: tokens[cueEnd - 1]!.end, phrases, sentence, actorsFrom,
        quotedWe: inQuote(quoteOpen, tokens[first]!.start) && low.slice(s.firstToken, first).includes('we'),
      };
      if (stance) c.stance = stance;
      if (source) c.source = source;
      if (kind === 'stance' && first > 0 && /^(was|were|been|being|is|are)$/.test(low[first - 1]!) && low[cueEnd] === 'by') {
        c.agentFrom = tokens[cueEnd]!.end;
      }
      out.push(c);
    };
    for (let i = s.firstToken; i < s.endToken; i++) {
      let stanceDone = false;
      for (const { words: pattern, kind, stance } of CUES_BY_FIRST_WORD.get(low[i]!) ?? []) {
        if (!at(low, pattern, i)) continue;
        if (kind === 'stance' && stance && !stanceDone) {
          stanceDone = true;
          let j = i + pattern.length;
          let clause = -1;
          if (pattern[pattern.length - 1] === 'that') {
            // "demand that any accord include X": skip to the verb and take its object
            const subject = j;
            while (j < s.endToken && tokens[j]!.pos !== 'VERB' && tokens[j]!.pos !== 'AUX') j++;
            if (j < s.endToken && /^(include|includes|guarantee|ensure|contain)$/.test(low[j]!)) j++;
            // "demanded that the army withdraw from X": a bare (subjunctive) verb after a short subject — the clause is the matter
            else if (j < s.endToken && tokens[j]!.pos === 'VERB' && j - subject >= 1 && j - subject <= 4 && !/(ed|s)$/.test(low[j]!) && !GENERIC.has(low[j - 1]!) &&
              // an actor as subject: not a pronoun ("that they leave"), not a quantified deal ("that any exchange exclude")
              !/^(any|every|each|no|all)$/.test(low[subject]!) && !tokens.slice(subject, j).some((t) => t.pos === 'PRON')) clause = subject;
          }
          if (low[j] === 'to' && tokens[j + 1]?.pos === 'VERB') j++;
          if (low[j] === 'by' && i > 0 && /^(was|were|been)$/.test(low[i - 1]!)) {
            // passive: the matter is the subject; take the noun phrase before the auxiliary
            let k = i - 2;
            while (k > s.firstToken && /^(NOUN|ADJ|PROPN|DET|ADP|NUM)$/.test(tokens[k - 1]!.pos)) k--;
            push('stance', i, i + pattern.length, k, stance);
            continue;
          }
          if (pattern.length === 1 && tokens[i]!.pos !== 'VERB') continue; // "a proposed deal" is no proposal
          let source: Span | undefined;
          if (ACCUSATION.has(pattern.join(' ')) && !negated(low, i)) {
            // the accuser: the "According to X," source, else the subject of the nearest accusing or reporting verb before the cue
            source = attribution;
            for (let k = i - 1; !source && k > s.firstToken; k--) {
              if (ACCUSING_VERBS.has(low[k]!) && tokens[k]!.start >= actorsFrom) source = { start: actorsFrom, end: tokens[k]!.start };
            }
          }
          // "did not accept" rejects; "had not violated", "did not reject" take no stance at all (the matter stays an issue)
          const not = negated(low, i);
          push('stance', i, i + pattern.length, j, stance === 'accepts' && not ? 'rejects' : stance === 'rejects' && not ? undefined : stance, source, clause);
        } else if (kind === 'subject') {
          let k = i + pattern.length;
          while (k < s.endToken && !(COPULAS.has(low[k]!) && !/^(which|that|who)$/.test(low[k - 1] ?? ''))) k++;
          if (k < s.endToken) push('subject', i, i + pattern.length, k + 1);
        } else if (kind === 'dispute') {
          push('subject', i, i + pattern.length, i + pattern.length);
        } else if (kind === 'head') {
          let k = i;
          while (k > s.firstToken && /^(ADJ|PROPN)$/.test(tokens[k - 1]!.pos)) k--; // "an Israeli departure"
          if (k > s.firstToken && /^['’]s$/.test(low[k - 1]!) && tokens[k - 2]?.pos === 'PROPN') k -= 2; // "Israel’s presence"
          push('head', i, i + pattern.length, k);
        }
      }
      const lowerHead = LOWER_HEAD_WORDS.has(low[i]!) && tokens[i]!.text === low[i];
      if (HEAD_WORDS.has(low[i]!) || lowerHead || (low[i] === 'cease' && low[i + 1] === '-' && low[i + 2] === 'fire')) {
        const cueEnd = low[i] === 'cease' ? i + 3 : i + 1;
        let k = i;
        // "an Israeli ceasefire"; a lower-case head word takes its noun modifiers too ("climate finance", "insurance subsidies")
        while (k > s.firstToken && (/^(ADJ|PROPN)$/.test(tokens[k - 1]!.pos) || (lowerHead && tokens[k - 1]!.pos === 'NOUN')) && !/^(new|proposed)$/.test(low[k - 1]!)) k--;
        // the phrase is the head word with its modifiers and a prepositional complement ("ceasefire in Gaza")
        let end = cueEnd;
        if (/^(in|of|for|throughout|across)$/.test(low[end] ?? '') && end + 1 < s.endToken) {
          const [, b] = growPhrase(tokens, low, end + 1, s.endToken);
          if (b > end + 1) end = b;
        }
        const phrases = cleanPhrases(text, tokens, low, k, end);
        if (phrases.length > 0) {
          out.push({ kind: 'head', start: tokens[i]!.start, end: tokens[cueEnd - 1]!.end, phrases, sentence, actorsFrom, quotedWe: false });
        }
      }
    }
  }
  return out;
}

/** "According to the sources, Israel objected …": actors are looked for after the attribution. */
function attributionEnd(tokens: PosToken[], low: string[], first: number, end: number): number {
  if (low[first] === 'according' && low[first + 1] === 'to') {
    for (let k = first + 2; k < end; k++) if (low[k] === ',') return tokens[k]!.end;
  }
  return tokens[first]!.start;
}

/** Character ranges inside double quotation marks. */
function quotedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“' || (ch === '"' && open < 0)) open = i;
    else if ((ch === '”' || ch === '"') && open >= 0) {
      out.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) out.push([open, text.length]);
  return out;
}

function inQuote(ranges: [number, number][], offset: number): boolean {
  return ranges.some(([a, b]) => offset > a && offset < b);
}
