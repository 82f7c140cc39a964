// Resolution: gazetteer matches and discovery candidates of one article become its party and place entities.
import type { AmbiguousMention, EntityKey, ExtractedEntity, Mention } from '../types.ts';
import type { NameCandidate, Span } from './discover.ts';
import { knowsSurface, matchGazetteer, surnames, type Gazetteer, type GazetteerEntry, type GazetteerMatch } from './gazetteer.ts';
import { wordSets } from '../lexicon/lexicon.ts';
import { isCommonWord } from './nlp.ts';
import { normaliseName } from '../text/normalise-name.ts';
import { quoteAround } from './mention-quote.ts';

/** One text of the article (index 0 = the headline) with its sentences and discovery candidates. */
export interface ResolveText {
  text: string;
  sentences: Span[];
  names: NameCandidate[];
}

/** Where each entity was found, by paragraph and span, so later layers (positions) can find the actor of a sentence. */
export interface PlacedMention extends Span {
  paragraph: number;
  entity: ExtractedEntity;
}

export interface Resolution {
  entities: ExtractedEntity[];
  ambiguous: AmbiguousMention[];
  placed: PlacedMention[];
}

function sentenceOf(sentences: Span[], text: string, offset: number): string {
  return quoteAround(text, sentences.find((s) => offset >= s.start && offset < s.end), offset);
}

interface Builder {
  entity: ExtractedEntity;
  memberOf?: { paragraph: number; span: Span };
  within?: { paragraph: number; span: Span };
}

export function resolveEntities(texts: ResolveText[], gazetteer: Gazetteer): Resolution {
  const ambiguous: AmbiguousMention[] = [];
  const builders = new Map<string, Builder>();
  const placed: (PlacedMention & { builder: Builder })[] = [];
  const ignored = (name: string): boolean => gazetteer.ignore.has(normaliseName(name));
  const w = wordSets(gazetteer.lexicon);

  const relations: { paragraph: number; at: number; memberOf: Span | undefined; within: Span | undefined }[] = [];
  const matches = texts.map((t) => matchGazetteer(gazetteer, t.text));
  // Entries named outright (by name or alias, with no competitor) decide demonyms, surnames and homonyms.
  const named = new Set<number>();
  for (const list of matches) {
    for (const m of list) {
      const strong = m.claims.filter((c) => c.via === 'name' || c.via === 'alias');
      const ids = new Set(strong.map((c) => c.entry));
      if (ids.size === 1) named.add(strong[0]!.entry);
    }
  }

  // People the article names in full (by name, or by an alias of several words): a person's page matched by one word
  // only ("Reyes", or "Ada" of "Ada Reyes") is someone of that name in another story unless the article names it in full.
  const inFull = new Set<number>();
  for (const list of matches) for (const m of list) for (const c of m.claims) if (c.via === 'name' || (c.via === 'alias' && m.firstToken !== m.lastToken)) inFull.add(c.entry);
  const shortForm = (m: GazetteerMatch, entry: GazetteerEntry, text: string): boolean => entry.kind === 'person' && /\s/.test(entry.name) && !inFull.has(entry.id) &&
    (!/\s/.test(text.slice(m.start, m.nameEnd)) || m.claims.every((c) => c.entry !== entry.id || c.via === 'surname'));

  const builderFor = (id: string, make: () => ExtractedEntity): Builder => {
    let b = builders.get(id);
    if (!b) {
      b = { entity: make() };
      builders.set(id, b);
    }
    return b;
  };
  const addMention = (b: Builder, paragraph: number, text: ResolveText, start: number, end: number, nameEnd: number): void => {
    const mention: Mention = { paragraph, start, end, surface: text.text.slice(start, end), sentence: sentenceOf(text.sentences, text.text, start) };
    b.entity.mentions.push(mention);
    const form = text.text.slice(start, nameEnd);
    if (form !== b.entity.name && !b.entity.aliases.includes(form)) b.entity.aliases.push(form);
    placed.push({ paragraph, start, end, entity: b.entity, builder: b });
  };

  const entryEntity = (e: GazetteerEntry, asPlace: boolean): Builder => {
    if (asPlace) {
      return builderFor(`place:${e.id}`, () => ({
        type: 'place', name: e.name, kind: 'country', aliases: [], mentions: [],
        ...(e.placeKey ? { key: e.placeKey } : {}), ...(e.coordinates ? { coordinates: e.coordinates } : {}),
      }));
    }
    // a reference organisation with no page yet brings its other names and acronyms to the page made for it
    return builderFor(`${e.type}:${e.id}`, () => ({
      type: e.type, name: e.name, aliases: e.key ? [] : [...(e.aliases ?? [])], mentions: [],
      ...(e.key ? { key: e.key } : {}), ...(e.kind ? { kind: e.kind } : {}),
      ...(e.within ? { within: e.within } : {}), ...(e.coordinates && e.type === 'place' ? { coordinates: e.coordinates } : {}),
    }));
  };

  // Surnames of the people the article names: a reference city of that name ("Jackson", "Warren") is the person.
  const personWords = new Set<string>();
  for (const t of texts) {
    for (const c of t.names) {
      const words = c.name.split(/\s+/);
      if (words.length > 1 && (c.kind === 'person' || !c.type)) personWords.add(words[words.length - 1]!);
    }
  }
  // verbs of saying and of taking a stance: a name right before one of them acts
  const acting = new Set([...w.speechVerbs, ...[...w.demandCues, ...w.rejectCues, ...w.acceptCues, ...w.proposeCues].map((cue) => cue.split(' ')[0]!)]);
  const actsNext = (text: string, m: GazetteerMatch): boolean => acting.has(/^\s+(\p{L}+)/u.exec(text.slice(m.end, m.end + 30))?.[1]?.toLowerCase() ?? '');
  texts.forEach((t, paragraph) => {
    const taken: Span[] = [];
    const accepted: { m: GazetteerMatch; entry: GazetteerEntry }[] = [];
    for (const m of matches[paragraph]!) {
      const entry = chooseEntry(m, gazetteer, named, ambiguous, paragraph, t.text);
      if (entry && entry.reference && !referencePlaceFits(t, paragraph, m, entry, personWords, w.calendarWords)) continue;
      if (entry && shortForm(m, entry, t.text)) continue;
      if (entry) accepted.push({ m, entry });
      else taken.push(m); // ambiguous, or a demonym of a country the article does not name: known, but not linked
    }
    // A typed discovery candidate that strictly contains a known name wins ("United States Maritime Alliance").
    const names: NameCandidate[] = [];
    for (const c of t.names) {
      if (c.event) continue; // an event or a document: it only kept the places inside it from being read alone
      const inside = accepted.filter(({ m }) => m.start < c.end && m.nameEnd > c.start);
      const contains = inside.every(({ m }) => m.start >= c.start && m.nameEnd <= c.end && m.nameEnd - m.start < c.end - c.start);
      if (inside.length > 0 && !(contains && c.type && (c.kind !== 'person' || paragraph > 0))) {
        // the gazetteer knows the name; what the sentence says about it (memberOf, within) still counts
        if (c.memberOf || c.within) relations.push({ paragraph, at: inside[0]!.m.start, memberOf: c.memberOf, within: c.within });
        names.push(...hyphenPieces(t.text, c, [...taken, ...inside.map(({ m }) => m)]));
        continue;
      }
      const overlapping = taken.filter((s) => s.start < c.end && s.end > c.start);
      // an unlinked demonym inside a typed organisation name ("Danish Dock Workers' Federation") does not stop it
      const orgAround = c.type === 'party' && c.kind !== 'person' && overlapping.every((s) => s.start >= c.start && s.end <= c.end && s.end - s.start < c.end - c.start);
      if (overlapping.length > 0 && !orgAround) {
        names.push(...hyphenPieces(t.text, c, [...taken, ...inside.map(({ m }) => m)]));
        continue;
      }
      for (const hit of inside) accepted.splice(accepted.indexOf(hit), 1);
      names.push(c);
    }
    let placeEnd = -1; // where the last name read as a place ends: a list it opens goes on with places
    for (const { m, entry } of accepted) {
      const preceding = t.text.slice(Math.max(0, m.start - 40), m.start).match(/(?:(\p{L}+)\s+)?(\p{L}+)\s+(?:the\s+)?$/u);
      const before = preceding?.[2]?.toLowerCase() ?? '';
      const pair = `${preceding?.[1]?.toLowerCase() ?? ''} ${before}`;
      // "according to Norva", "a letter to Velmor", "spoke to Tarsis": "to" after a word of communication addresses a party
      const addressed = before === 'to' && w.communicationWords.has(preceding?.[1]?.toLowerCase() ?? '');
      // a country used as a location ("in Velmor", "travel to Norva", "the border with Tarsis") is a place, and so is
      // the next name of a list that one opens ("in Velmor and Norva", "in Velmor, Norva and Tarsis"); elsewhere a party
      // ("talks in Velmor and Norva agreed": a name that acts right after is the subject, not the list's next place)
      const listed = placeEnd >= 0 && inList(t.text, placeEnd, m) && !actsNext(t.text, m);
      // "between" after a noun of a place ("the border between X and Y", "the jungle between X and Y"), not "talks between"
      const between = before === 'between' && w.placeNounsAfter.has(preceding?.[1]?.toLowerCase() ?? '');
      const locative = m.dateline === true || w.placePrepositions.has(before) || w.locativeWords.has(before) || w.locativeWords.has(pair) || between || listed;
      const asPlace = entry.country === true && locative && !addressed && !m.claims.some((c) => c.via === 'demonym');
      if (ignored(entry.name)) continue;
      placeEnd = asPlace || (entry.type === 'place' && locative) ? m.end : -1;
      addMention(entryEntity(entry, asPlace), paragraph, t, m.start, m.end, m.nameEnd);
    }
    t.names = names;
  });

  addDiscovered(texts, gazetteer, builderFor, addMention, placed);
  for (const r of relations) {
    const p = placed.find((x) => x.paragraph === r.paragraph && x.start === r.at);
    if (!p) continue;
    if (r.memberOf && !p.builder.memberOf) p.builder.memberOf = { paragraph: r.paragraph, span: r.memberOf };
    if (r.within && !p.builder.within) p.builder.within = { paragraph: r.paragraph, span: r.within };
  }

  // memberOf / within: the entity mentioned at the span the cue pointed to
  const at = (paragraph: number, span: Span): ExtractedEntity | undefined =>
    placed.find((p) => p.paragraph === paragraph && p.start <= span.start && p.end >= span.end - 1)?.entity;
  for (const b of builders.values()) {
    if (b.memberOf && !b.entity.memberOf) {
      const owner = at(b.memberOf.paragraph, b.memberOf.span);
      if (owner && owner !== b.entity && owner.type === 'party') b.entity.memberOf = owner.name;
    }
    if (b.within && !b.entity.within) {
      const owner = at(b.within.paragraph, b.within.span);
      if (owner && owner !== b.entity && (owner.type === 'place' || owner.kind === 'state')) b.entity.within = owner.name;
    }
  }
  const entities = [...new Set([...builders.values()].map((b) => b.entity))].filter((e) => e.mentions.length > 0 && !ignored(e.name));
  return { entities, ambiguous, placed: placed.filter((p) => entities.includes(p.entity)).map(({ builder: _b, ...p }) => p) };
}

/** Whether a name follows the one ending at `end` in a list or a span: "X and Y", "X or Y", "X, Y and Z", "from X to
 * Y" (a comma alone only where the list goes on after, or the phrase ends: "In X, Y said" is no list, "OSLO, Norway –"
 * and "in Oslo, Norway." are: a place and where it lies). */
function inList(text: string, end: number, m: GazetteerMatch): boolean {
  const gap = text.slice(end, m.start);
  if (/^,?\s+(?:and|or)\s+(?:the\s+)?$/.test(gap) || /^\s+to\s+(?:the\s+)?$/.test(gap)) return true; // a span: "from X to Y"
  return /^,\s+(?:the\s+)?$/.test(gap) && /^(?:[,.;:!?)]|\s+(?:and|or)\s|\s[–—-]\s|$)/.test(text.slice(m.end, m.end + 5));
}

/** A reference city or region stands for a place only where the text does not read it otherwise: not inside a longer
 * name ("Capital Economics", "Mike Jackson"), not a surname of someone named, and not an ordinary word where
 * capitals say nothing (a headline or a sentence start: "Split talks", "Reading the statement"). */
function referencePlaceFits(t: ResolveText, paragraph: number, m: GazetteerMatch, entry: GazetteerEntry, personWords: Set<string>, calendarWords: ReadonlySet<string>): boolean {
  if (m.dateline) return true; // where the story was filed from, by its place in the text
  const surface = t.text.slice(m.start, m.nameEnd);
  if (t.names.some((c) => c.start <= m.start && c.end >= m.nameEnd && c.end - c.start > m.nameEnd - m.start && c.type !== 'place')) return false;
  if (personWords.has(surface) && !t.names.some((c) => c.start === m.start && c.type === 'place')) return false;
  const sentenceStart = (at: number): boolean => t.sentences.some((s) => s.start <= at && /^[\s“"‘'(]*$/.test(t.text.slice(s.start, at)));
  if (!surface.includes(' ') && isCommonWord(surface) && (paragraph === 0 || sentenceStart(m.start))) return false;
  // a capitalised word right before or after (not a sentence's first word, a day or a month) makes it part of a
  // longer name: "the Office of National Drug Control Policy", "the Velmor Times"; headlines capitalise every word
  if (paragraph > 0) {
    const before = /(?<![\p{L}'’.-])(\p{Lu}(?:[\p{L}'’.-]*\p{L})?) $/u.exec(t.text.slice(Math.max(0, m.start - 40), m.start));
    if (before && !sentenceStart(m.start - before[0].length)) return false;
    // (after a name ending in a dot, "D.C.", a capital may open the next sentence)
    const after = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(t.text.slice(m.end, m.end + 40));
    if (after && !surface.endsWith('.') && !calendarWords.has(after[1]!.toLowerCase())) return false;
  }
  return entry.reference !== undefined;
}

/** The entry a match stands for; undefined = no link (an unattested demonym), null = ambiguous. */
function chooseEntry(m: GazetteerMatch, g: Gazetteer, named: Set<number>, ambiguous: AmbiguousMention[], paragraph: number, text: string): GazetteerEntry | undefined | null {
  const byEntry = new Map<number, string[]>();
  for (const c of m.claims) byEntry.set(c.entry, [...(byEntry.get(c.entry) ?? []), c.via]);
  let ids = [...byEntry.keys()].filter((id) => {
    const vias = byEntry.get(id)!;
    const e = g.entries[id]!;
    // A demonym names its country only when the country is named in the article or has a page.
    if (vias.every((v) => v === 'demonym')) return named.has(id) || e.key !== undefined;
    return true;
  });
  if (ids.length > 1) {
    const strong = ids.filter((id) => byEntry.get(id)!.some((v) => v === 'name'));
    if (strong.length === 1) ids = strong;
  }
  if (ids.length > 1) {
    const inFull = ids.filter((id) => named.has(id));
    if (inFull.length === 1) ids = inFull;
  }
  if (ids.length === 1) return g.entries[ids[0]!]!;
  if (ids.length === 0) return undefined;
  // Sorted: the candidates are a set, and the pages' order (loaded, or planned this run) must not show in the result.
  const keys = ids.map((id) => g.entries[id]!.key).filter((k): k is EntityKey => k !== undefined).sort();
  ambiguous.push({ surface: text.slice(m.start, m.nameEnd), candidates: keys, paragraph });
  return null;
}

type BuilderFor = (id: string, make: () => ExtractedEntity) => Builder;
type AddMention = (b: Builder, paragraph: number, text: ResolveText, start: number, end: number, nameEnd: number) => void;

/** Discovery candidates grouped by name, folded into longer names, filtered by evidence, then added as entities. */
function addDiscovered(texts: ResolveText[], g: Gazetteer, builderFor: BuilderFor, addMention: AddMention, placed: PlacedMention[]): void {
  const foldable = wordSets(g.lexicon).foldablePlaceSuffixes;
  interface Group { name: string; type?: 'party' | 'place'; kind?: string; cues: number; common: boolean; bodyCount: number; all: { c: NameCandidate; paragraph: number }[]; acronyms: string[] }
  const groups = new Map<string, Group>();
  texts.forEach((t, paragraph) => {
    for (const c of t.names) {
      if (g.ignore.has(normaliseName(c.name))) continue;
      let grp = groups.get(c.name);
      if (!grp) {
        grp = { name: c.name, cues: 0, common: c.commonWord, bodyCount: 0, all: [], acronyms: [] };
        groups.set(c.name, grp);
      }
      if (c.type && (!grp.type || c.kind === 'person')) {
        grp.type = c.type;
        if (c.kind) grp.kind = c.kind;
      }
      grp.cues += c.partyCues;
      grp.common &&= c.commonWord;
      if (paragraph > 0) grp.bodyCount++;
      grp.all.push({ c, paragraph });
      if (c.acronym) grp.acronyms.push(t.text.slice(c.acronym.start, c.acronym.end));
    }
  });
  // Fold short names into the longer entity they stand for: surnames into people, "X" into "X Corridor", acronyms.
  const known = [...placed.map((p) => p.entity)];
  const target = new Map<string, string | ExtractedEntity>();
  const longer = [...groups.values()].filter((x) => x.name.includes(' ') || x.name.includes('-'));
  for (const grp of groups.values()) {
    for (const other of longer) {
      if (other === grp) continue;
      if (other.kind === 'person' && surnames(other.name, g.lexicon).includes(grp.name) && (!grp.type || grp.kind === 'person')) target.set(grp.name, other.name);
      // a person named by a title and one word that opens a full name in the article: a headline's "Minister Ada", "Vice Premier He"
      if (other.kind === 'person' && grp.kind === 'person' && !/[\s-]/.test(grp.name) && other.name.startsWith(`${grp.name} `)) target.set(grp.name, other.name);
      if (other.acronyms.includes(grp.name) || (/^[A-Z]{2,6}$/.test(grp.name) && initials(other.name) === grp.name)) target.set(grp.name, other.name);
      const words = other.name.split(' ');
      if (words.length === 2 && words[0] === grp.name && foldable.has(words[1]!.toLowerCase())) target.set(grp.name, other.name);
    }
    if (target.has(grp.name)) continue;
    for (const e of known) {
      if (e.kind === 'person' && surnames(e.name, g.lexicon).includes(grp.name)) target.set(grp.name, e);
      const words = e.name.split(' ');
      if (e.type === 'place' && words.length === 2 && words[0] === grp.name && foldable.has(words[1]!.toLowerCase())) target.set(grp.name, e);
    }
  }
  const keep = (grp: Group): boolean => {
    if (grp.type) return grp.bodyCount > 0 || grp.kind === 'person' || grp.kind === 'organisation' || (grp.type === 'place' && !grp.name.includes(' '));
    // a capitalised common word alone ("Council", "State", "Administration") is never a party, whatever it does
    if (grp.bodyCount === 0 || grp.common) return false;
    return grp.cues >= 1 || grp.all.length >= 2;
  };
  for (const grp of groups.values()) {
    let dest: Group | ExtractedEntity | undefined;
    const t = target.get(grp.name);
    if (typeof t === 'string') {
      let root = t;
      while (typeof target.get(root) === 'string') root = target.get(root) as string;
      dest = groups.get(root);
    } else dest = t ?? grp;
    if (!dest) continue;
    if ('all' in dest && !keep(dest)) continue;
    const b = 'all' in dest ? builderFor(`new:${dest.name}`, () => newEntity(dest as Group)) : builderFor(`known:${dest.name}`, () => dest as ExtractedEntity);
    for (const { c, paragraph } of grp.all) {
      addMention(b, paragraph, texts[paragraph]!, c.start, possessiveEndIn(texts[paragraph]!.text, c.end), c.end);
      if (c.memberOf && !b.memberOf) b.memberOf = { paragraph, span: c.memberOf };
      if (c.within && !b.within) b.within = { paragraph, span: c.within };
    }
    // an acronym the gazetteer knows for another body ("the Council of the Velmor Union (VU)") is not this one's
    for (const a of grp.acronyms) if (!b.entity.aliases.includes(a) && !knowsSurface(g, a)) b.entity.aliases.push(a);
  }

  function newEntity(grp: Group): ExtractedEntity {
    const e: ExtractedEntity = { type: grp.type ?? 'party', name: grp.name, kind: grp.kind ?? (grp.type === 'place' ? 'other' : grp.acronyms.length > 0 ? 'organisation' : grp.cues >= 2 ? 'organisation' : 'other'), aliases: [], mentions: [] };
    return e;
  }
}

/** "Norway-Valdoria": the parts of a hyphenated candidate the gazetteer does not know, as candidates of their own. */
function hyphenPieces(text: string, c: NameCandidate, known: Span[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  let start = c.start;
  for (let i = c.start; i <= c.end; i++) {
    if (i < c.end && text[i] !== '-') continue;
    const end = i;
    const piece = text.slice(start, end);
    if (c.name.includes('-') && /^\p{Lu}\p{L}+$/u.test(piece) && !known.some((m) => m.start < end && m.end > start)) {
      out.push({ start, end, name: piece, partyCues: c.partyCues, commonWord: false });
    }
    start = i + 1;
  }
  return out;
}

/** "United Auto Workers" → "UAW". */
function initials(name: string): string {
  return name.split(/\s+/).map((w) => w[0] ?? '').join('');
}

function possessiveEndIn(text: string, end: number): number {
  const m = /^['’]s?(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 3));
  if (!m) return end;
  if (m[0].length === 1 && !/[sS.]$/.test(text.slice(0, end))) return end;
  return end + m[0].length;
}
