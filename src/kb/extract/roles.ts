// What the articles say a party is, read from how news English introduces a name: an apposition after it ("Ana
// Torres, a spokeswoman for the Velmor Front,") or a title before it ("Foreign Minister Ana Torres"); and outlets,
// recognised by being told things and reporting them ("told Tarsis News", "Tarsis News reported").
import type { ExtractedEntity } from '../types.ts';
import { alternation, perLexicon, type Lexicon } from '../lexicon/lexicon.ts';

interface RoleWords {
  titles: ReadonlySet<string>;
  /** Words right before an outlet's name: "told", "spoke to". */
  toOutlet: RegExp;
  /** Words right after an outlet's name: "reported", "was told". */
  byOutlet: RegExp;
  organisationSuffixes: ReadonlySet<string>;
  /** A speech verb right after a name: "X said". */
  speaks: RegExp;
}

const wordsOf = perLexicon((lexicon): RoleWords => ({
  titles: new Set(lexicon.titles),
  toOutlet: new RegExp(`\\b(?:${alternation(lexicon.outletCuesBefore)})\\s+(?:the\\s+)?$`, 'i'),
  byOutlet: new RegExp(`^\\s+(?:${alternation(lexicon.outletCuesAfter)})\\b`, 'i'),
  organisationSuffixes: new Set(lexicon.organisationSuffixes),
  speaks: new RegExp(`^\\s+(?:${alternation(lexicon.speechVerbs.filter((v) => !lexicon.outletCuesAfter.includes(v)))})\\b`, 'i'),
}));

/** The role an apposition or a title gives a name in one sentence, as written ("a representative for Hamas"). */
export function roleIn(sentence: string, surface: string, titles: ReadonlySet<string>): string | undefined {
  const at = sentence.indexOf(surface);
  if (at < 0) return undefined;
  // an apposition: ", a/an/the <role>," right after the name, or after an age (", 54, a fisherman"), with no
  // quotation or clause inside
  const apposition = /^,\s+(?:\d{1,3},\s+)?((?:a|an|the)\s+[^,;:.“”"()]{3,80}?)\s*,/u.exec(sentence.slice(at + surface.length));
  if (apposition && !/\b(?:said|says|told|and)\b/.test(apposition[1]!)) return apposition[1]!;
  // a title right before the name ("senior official X", "Secretary of State X"), with the capitalised words that
  // qualify it ("UN Secretary-General X", "Israeli Prime Minister X")
  const words = sentence.slice(0, at).trimEnd().split(/\s+/).slice(-6);
  for (let k = 0; k < words.length; k++) {
    if (!titles.has(words.slice(k).join(' ').toLowerCase())) continue;
    let first = k;
    while (first > 0 && /^\p{Lu}/u.test(words[first - 1]!) && !/[,;:]$/.test(words[first - 1]!)) first--;
    return words.slice(first).join(' ').replace(/^[“"(]/, '');
  }
  return undefined;
}

/** A short summary from a role: its article dropped, its first letter capitalised ("Representative for Hamas"). */
export function summaryOfRole(role: string): string {
  const bare = role.replace(/^(?:a|an|the)\s+/i, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/** Sets each party's role from the first sentence that gives one, and marks outlets as media. */
export function addRoles(entities: ExtractedEntity[], lexicon: Lexicon): void {
  const w = wordsOf(lexicon);
  for (const e of entities) {
    if (e.type !== 'party') continue;
    for (const m of e.mentions) {
      const role = roleIn(m.sentence, m.surface, w.titles);
      if (role) {
        e.role = role;
        break;
      }
    }
    if (e.kind === 'organisation' || e.kind === 'other' || e.kind === undefined) {
      const told = e.mentions.some((m) => {
        const at = m.sentence.indexOf(m.surface);
        return at >= 0 && (w.toOutlet.test(m.sentence.slice(0, at)) || w.byOutlet.test(m.sentence.slice(at + m.surface.length)));
      });
      // a body named by its suffix ("the Health Ministry reported") or one that speaks itself is no outlet
      const body = w.organisationSuffixes.has(e.name.split(/\s+/).at(-1)!.toLowerCase());
      const speaks = e.mentions.some((m) => {
        const at = m.sentence.indexOf(m.surface);
        return at >= 0 && w.speaks.test(m.sentence.slice(at + m.surface.length));
      });
      if (told && !body && !speaks && !e.key) e.kind = 'media';
    }
  }
}

