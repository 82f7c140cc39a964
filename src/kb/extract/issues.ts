// Issue cues: stance, subject and head cue phrases over POS tokens, and the noun phrase each cue governs.
import type { Stance } from '../types.ts';
import type { Span } from './discover.ts';
import { alternation, perLexicon, phraseWords, wordSets, type Lexicon, type WordSets } from '../lexicon/lexicon.ts';
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

type CueKind = 'stance' | 'subject' | 'dispute' | 'head';
interface CuePattern {
  words: string[];
  kind: CueKind;
  stance?: Stance;
}

/** The lexicon as the cue finder reads it. */
interface CueWords extends WordSets {
  /** Cue patterns indexed by their first word, longest first, so each token looks only at the cues that can start there. */
  cuesByFirstWord: Map<string, CuePattern[]>;
  /** Accusation cues as their words joined by spaces. */
  accusation: ReadonlySet<string>;
  /** Determiners and quantities at the start of a phrase. */
  leading: RegExp;
  /** An appeal to the parties to act: "both sides to …". */
  appeal: RegExp;
}

const cueWordsOf = perLexicon((lexicon): CueWords => {
  const cuesByFirstWord = new Map<string, CuePattern[]>();
  const index = (phrases: readonly string[], kind: CueKind, stance?: Stance): void => {
    for (const phrase of phrases) {
      const words = phraseWords(phrase);
      const list = cuesByFirstWord.get(words[0]!) ?? [];
      list.push(stance ? { words, kind, stance } : { words, kind });
      cuesByFirstWord.set(words[0]!, list);
    }
  };
  // Stance cues govern the phrase after them; accusations reject. Negated acceptance becomes rejection (see negated()).
  index(lexicon.demandCues, 'stance', 'demands');
  index([...lexicon.rejectCues, ...lexicon.accusationCues], 'stance', 'rejects');
  index(lexicon.acceptCues, 'stance', 'accepts');
  index(lexicon.proposeCues, 'stance', 'proposes');
  index(lexicon.subjectCues, 'subject');
  index(lexicon.disputeCues, 'dispute');
  // Head cues are part of the matter itself ("release of X", "lasting truce", "wage increase").
  index(lexicon.headCues, 'head');
  // Longest cue first: "demanded that" before "demanded".
  for (const list of cuesByFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    ...wordSets(lexicon),
    cuesByFirstWord,
    accusation: new Set(lexicon.accusationCues.map((c) => phraseWords(c).join(' '))),
    leading: new RegExp(`^(?:(?:${alternation(lexicon.leadingWords)})\\s+|(?:${alternation(lexicon.leadingQuantities)})\\s+of\\s+)+`, 'i'),
    appeal: new RegExp(`^(?:both |all |the |two )*(?:${alternation(lexicon.appealAddressees)})\\s+to\\s`, 'i'),
  };
});

function at(low: string[], pattern: string[], i: number): boolean {
  for (let k = 0; k < pattern.length; k++) if (low[i + k] !== pattern[k]) return false;
  return true;
}

/** Grow a noun phrase from token i to a clause boundary; returns [first, end) tokens. */
function growPhrase(w: CueWords, tokens: PosToken[], low: string[], i: number, end: number): [number, number] {
  let j = i;
  while (j < end && j - i < 16) {
    const t = tokens[j]!;
    const word = low[j]!;
    const next = tokens[j + 1];
    if (word === '-' && j > i && next && tokens[j - 1]!.end === t.start && t.end === next.start) {
      j += 2; // "one-off", "cost-of-living": a hyphen inside a word joins whatever stands after it
      continue;
    }
    if (t.pos === 'PUNCT' && !(word === '-' && j > i) && !/^['’]s?$/.test(word)) break;
    if (w.calendarWords.has(word)) {
      // "the proposal on Wednesday"; "withdrawal from Velmor on 2 January": the day number goes with its month
      if (j > i + 1 && /^\d{1,2}(?:st|nd|rd|th)?$/.test(low[j - 1]!)) j--;
      break;
    }
    if (t.pos === 'CCONJ' && next && (next.pos === 'VERB' || next.pos === 'AUX')) break;
    if (t.pos === 'AUX' || t.pos === 'SCONJ') break;
    if (t.pos === 'ADP' && !w.innerPrepositions.has(word)) break;
    if (t.pos === 'PRON' && !w.possessivePronouns.has(word)) break;
    if (/^(that|which|who|until|before|after|while|because|as|than|since)$/.test(word)) break;
    if (t.pos === 'VERB' && j > i && !/(ing|ed)$/.test(word) && low[j - 1] !== 'to') break;
    j++;
  }
  while (j > i && /^(of|in|on|from|to|and|or|the|a|an|its|their|for|with|at|-|as)$/.test(low[j - 1]!)) j--;
  return [i, j];
}

interface Phrase extends Span {
  text: string;
}

/** Split a coordinated phrase ("a lasting truce and a Norvan departure from Velmor"), drop determiners and generic heads. */
function cleanPhrases(w: CueWords, text: string, tokens: PosToken[], low: string[], first: number, end: number): Phrase[] {
  const parts: [number, number][] = [];
  let from = first;
  for (let k = first; k < end; k++) {
    if ((low[k] === 'and' || low[k] === 'or' || low[k] === ',') && k + 1 < end && (/^(DET|NUM|PRON)$/.test(tokens[k + 1]!.pos) || w.quantifiers.has(low[k + 1]!))) {
      parts.push([from, k]);
      from = k + 1;
    }
  }
  parts.push([from, end]);
  const out: Phrase[] = [];
  // "release of dozens of X and hundreds of Y": the second part is also a release
  const head = w.distributiveHeads.has(low[first]!) && low[first + 1] === 'of' ? `${tokens[first]!.text} of ` : '';
  for (const [a, b] of parts) {
    if (b <= a || tokens[a]!.pos === 'ADP') continue;
    let start = tokens[a]!.start;
    const stop = tokens[b - 1]!.end;
    const lead = w.leading.exec(text.slice(start, stop));
    if (lead) start += lead[0].length;
    let phrase = text.slice(start, stop).trim();
    if (head && a !== first && !phrase.toLowerCase().startsWith(head.toLowerCase())) phrase = head.toLowerCase() + phrase;
    if (phrase.length < 3) continue;
    const words = phrase.toLowerCase().split(/\s+/);
    if (w.genericHeads.has(words[words.length - 1]!) && !/ (of|in|on|from|about|for) /.test(phrase)) continue;
    if (words.length === 1 && !w.headWords.has(words[0]!) && !w.lowerHeadWords.has(words[0]!) && tokens[a]!.pos !== 'NOUN') continue;
    // "urged both sides to return to the table": an appeal to the parties to act names no matter
    if (w.appeal.test(phrase)) continue;
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
export function findIssueCues(text: string, analysis: TextAnalysis, lexicon: Lexicon): IssueCue[] {
  const { tokens } = analysis;
  const w = cueWordsOf(lexicon);
  const low = tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const out: IssueCue[] = [];
  const quoteOpen = quotedRanges(text);
  for (const s of analysis.sentences) {
    const sentence = { start: s.start, end: s.end };
    const actorsFrom = attributionEnd(tokens, low, s.firstToken, s.endToken);
    const attribution = actorsFrom > tokens[s.firstToken]!.start ? { start: tokens[s.firstToken + 2]!.start, end: actorsFrom } : undefined;
    const push = (kind: IssueCue['kind'], first: number, cueEnd: number, phraseStart: number, stance?: Stance, source?: Span, clause = -1): void => {
      const [a, b] = growPhrase(w, tokens, low, phraseStart, s.endToken);
      // a subjunctive clause keeps its subject in front of the verb phrase ("the RSF withdraw from civilian homes")
      const phrases = b > a ? cleanPhrases(w, text, tokens, low, clause >= 0 ? clause : a, b) : [];
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
      for (const { words: pattern, kind, stance } of w.cuesByFirstWord.get(low[i]!) ?? []) {
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
            else if (j < s.endToken && tokens[j]!.pos === 'VERB' && j - subject >= 1 && j - subject <= 4 && !/(ed|s)$/.test(low[j]!) && !w.genericHeads.has(low[j - 1]!) &&
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
          if (w.accusation.has(pattern.join(' ')) && !negated(low, i)) {
            // the accuser: the "According to X," source, else the subject of the nearest accusing or reporting verb before the cue
            source = attribution;
            for (let k = i - 1; !source && k > s.firstToken; k--) {
              if (w.accusingVerbs.has(low[k]!) && tokens[k]!.start >= actorsFrom) source = { start: actorsFrom, end: tokens[k]!.start };
            }
          }
          // "did not accept" rejects; "had not violated", "did not reject" take no stance at all (the matter stays an issue)
          const not = negated(low, i);
          push('stance', i, i + pattern.length, j, stance === 'accepts' && not ? 'rejects' : stance === 'rejects' && not ? undefined : stance, source, clause);
        } else if (kind === 'subject') {
          let k = i + pattern.length;
          while (k < s.endToken && !(w.copulas.has(low[k]!) && !/^(which|that|who)$/.test(low[k - 1] ?? ''))) k++;
          if (k < s.endToken) push('subject', i, i + pattern.length, k + 1);
        } else if (kind === 'dispute') {
          push('subject', i, i + pattern.length, i + pattern.length);
        } else if (kind === 'head') {
          let k = i;
          while (k > s.firstToken && /^(ADJ|PROPN)$/.test(tokens[k - 1]!.pos)) k--; // "a Norvan departure"
          if (k > s.firstToken && /^['’]s$/.test(low[k - 1]!) && tokens[k - 2]?.pos === 'PROPN') k -= 2; // "Norva’s presence"
          push('head', i, i + pattern.length, k);
        }
      }
      const lowerHead = w.lowerHeadWords.has(low[i]!) && tokens[i]!.text === low[i];
      if (w.headWords.has(low[i]!) || lowerHead || (low[i] === 'cease' && low[i + 1] === '-' && low[i + 2] === 'fire')) {
        const cueEnd = low[i] === 'cease' ? i + 3 : i + 1;
        let k = i;
        // "a Norvan ceasefire"; a lower-case head word takes its noun modifiers too ("climate finance", "insurance subsidies")
        while (k > s.firstToken && (/^(ADJ|PROPN)$/.test(tokens[k - 1]!.pos) || (lowerHead && tokens[k - 1]!.pos === 'NOUN')) && !/^(new|proposed)$/.test(low[k - 1]!)) k--;
        // the phrase is the head word with its modifiers and a prepositional complement ("ceasefire in Velmor")
        let end = cueEnd;
        if (/^(in|of|for|throughout|across)$/.test(low[end] ?? '') && end + 1 < s.endToken) {
          const [, b] = growPhrase(w, tokens, low, end + 1, s.endToken);
          if (b > end + 1) end = b;
        }
        const phrases = cleanPhrases(w, text, tokens, low, k, end);
        if (phrases.length > 0) {
          out.push({ kind: 'head', start: tokens[i]!.start, end: tokens[cueEnd - 1]!.end, phrases, sentence, actorsFrom, quotedWe: false });
        }
      }
    }
  }
  return out;
}

/** "According to the sources, Norva objected …": actors are looked for after the attribution. */
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
