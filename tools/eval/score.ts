// Scores one article's extraction against its gold annotation, with the rules of shared/corpus/README.md.

export interface FoundEntity {
  type: 'party' | 'place' | 'date' | 'issue';
  name: string;
  aliases: string[];
  date?: string;
  /** issue: the phrasings of its reverse it gathers ("withdrawal from Velmor" on "presence in Velmor"), when kb.json gives them. */
  opposites?: string[];
}

export type Stance = 'demands' | 'rejects' | 'accepts' | 'proposes';

/** A position kb.json gives the article, with its party and issue entities looked up. */
export interface FoundPosition {
  party: FoundEntity;
  issue: FoundEntity;
  stance: Stance;
}

/** An issue named by the keywords its name must hold ('|' separates alternatives). */
interface GoldIssue {
  name: string;
  keywords: string[];
}

interface GoldNamed {
  name: string;
  aliases?: string[];
}

export interface GoldPosition {
  party: string;
  issue: string;
  stance: Stance;
  quote?: string;
  /** Implied, second-hand, or about an optional party or issue: neither rewarded nor penalised. */
  optional?: boolean;
}

export interface Gold {
  parties: { required: GoldNamed[]; optional: string[] };
  places: { required: GoldNamed[]; optional: string[] };
  dates: { required: { iso: string; surface?: string }[]; optional: string[] };
  issues: { required: GoldIssue[]; optional: (string | GoldIssue)[] };
  positions?: GoldPosition[];
}

export interface TypeScore {
  recall: number;
  precision: number;
  /** Required gold items nothing found matched (their names, ISO dates, or "party stance issue"). */
  missed: string[];
  /** Found items that match no required or optional gold item. */
  extra: string[];
  /** Counts behind the ratios, for pooling several articles. */
  requiredMatched: number;
  required: number;
  foundMatched: number;
  found: number;
  /** positions: false when the gold file has no `positions` (not annotated, so not scored). */
  annotated?: false;
}

export const SCORED_TYPES = ['party', 'place', 'date', 'issue', 'position'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];
export type ArticleScore = Record<ScoredType, TypeScore>;

/** NFKD, accents off, lower case, possessive dropped, non-alphanumerics to spaces, leading "the/al/el" dropped. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(the|al|el) /, '');
}

/** A found form matches a gold form when equal, or when it contains it as whole words with at most one extra word. */
function formMatches(found: string, gold: string): boolean {
  if (found === gold) return true;
  if (!gold) return false;
  const f = found.split(' ');
  const g = gold.split(' ');
  if (f.length - g.length !== 1) return false;
  for (let i = 0; i + g.length <= f.length; i++) {
    if (g.every((w, k) => f[i + k] === w)) return true;
  }
  return false;
}

function namesMatch(found: FoundEntity, goldForms: string[]): boolean {
  const forms = [found.name, ...found.aliases].map(normaliseName);
  const gold = goldForms.map(normaliseName);
  return forms.some((f) => gold.some((g) => formMatches(f, g)));
}

function holdsKeywords(forms: string[], keywords: string[]): boolean {
  const text = forms.join(' | ').toLowerCase();
  return keywords.every((k) => k.split('|').some((alt) => text.includes(alt.toLowerCase())));
}

/**
 * How an issue entity matches gold keywords: through its name or aliases ('name'), else through its
 * `opposites` (the phrase that holds them, or the first), else not at all.
 */
function issueMatch(found: FoundEntity, keywords: string[]): { via: 'name' } | { via: 'opposite'; phrase: string } | undefined {
  if (holdsKeywords([found.name, ...found.aliases], keywords)) return { via: 'name' };
  const opposites = found.opposites ?? [];
  if (opposites.length === 0 || !holdsKeywords(opposites, keywords)) return undefined;
  return { via: 'opposite', phrase: opposites.find((phrase) => holdsKeywords([phrase], keywords)) ?? opposites[0]! };
}

const REMOVAL = /\b(withdrawal from|removal of|departure|pullout|pull-out|lifting of|repeal|cancellation|exit|evacuation)\b/i;

/** "Withdrawal from …", "removal of …", "departure", "pullout", "lifting of …", "repeal", "cancellation", "exit", "evacuation". */
export function isRemoval(issueName: string): boolean {
  return REMOVAL.test(issueName);
}

function swapped(stance: Stance): Stance {
  return stance === 'demands' ? 'rejects' : stance === 'rejects' ? 'demands' : stance;
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function scoreType<T>(
  found: T[],
  label: (item: T) => string,
  required: { label: string; test: (item: T) => boolean }[],
  optional: ((item: T) => boolean)[],
): TypeScore {
  const missed: string[] = [];
  let requiredMatched = 0;
  for (const r of required) {
    if (found.some(r.test)) requiredMatched++;
    else missed.push(r.label);
  }
  const extra: string[] = [];
  let foundMatched = 0;
  for (const item of found) {
    if (required.some((r) => r.test(item)) || optional.some((o) => o(item))) foundMatched++;
    else extra.push(label(item));
  }
  return {
    recall: ratio(requiredMatched, required.length),
    precision: ratio(foundMatched, found.length),
    missed,
    extra,
    requiredMatched,
    required: required.length,
    foundMatched,
    found: found.length,
  };
}

/** Does an issue entity match a gold issue: by keywords, or by name when the gold gives only a name. */
function issueTest(gold: string | GoldIssue): (e: FoundEntity) => boolean {
  return typeof gold === 'string' ? (e) => namesMatch(e, [gold]) : (e) => issueMatch(e, gold.keywords) !== undefined;
}

/**
 * A found position matches a gold one when the parties match by the name rules, the issue matches the gold
 * issue's keywords, and the stances agree once demands and rejects are swapped where the two issues are
 * named the opposite way round: exactly one of the two names a removal, or a match through `opposites`
 * (the opposite phrase is then the name compared with the gold issue's).
 */
function positionTest(gold: Gold, position: GoldPosition): (p: FoundPosition) => boolean {
  const party = gold.parties.required.find((item) => item.name === position.party);
  const partyForms = [position.party, ...(party?.aliases ?? [])];
  const issue = [...gold.issues.required, ...gold.issues.optional].find((item) => (typeof item === 'string' ? item : item.name) === position.issue);
  const keywords = issue && typeof issue !== 'string' ? issue.keywords : undefined;
  return (p) => {
    if (!namesMatch(p.party, partyForms)) return false;
    let swap: boolean;
    let named: string;
    if (keywords) {
      const match = issueMatch(p.issue, keywords);
      if (!match) return false;
      swap = match.via === 'opposite';
      named = match.via === 'opposite' ? match.phrase : p.issue.name;
    } else {
      if (!namesMatch(p.issue, [position.issue])) return false;
      swap = false;
      named = p.issue.name;
    }
    if (isRemoval(named) !== isRemoval(position.issue)) swap = !swap;
    return (swap ? swapped(p.stance) : p.stance) === position.stance;
  };
}

export function scoreArticle(found: FoundEntity[], gold: Gold, positions: FoundPosition[] = []): ArticleScore {
  const of = (type: FoundEntity['type']): FoundEntity[] => found.filter((e) => e.type === type);
  const entityLabel = (e: FoundEntity) => e.date ?? e.name;
  const named = (g: GoldNamed) => ({ label: g.name, test: (e: FoundEntity) => namesMatch(e, [g.name, ...(g.aliases ?? [])]) });
  const optionalName = (name: string) => (e: FoundEntity) => namesMatch(e, [name]);
  const goldPositions = gold.positions ?? [];
  const positionLabel = (p: { party: string; stance: string; issue: string }) => `${p.party} ${p.stance} ${p.issue}`;
  return {
    party: scoreType(of('party'), entityLabel, gold.parties.required.map(named), gold.parties.optional.map(optionalName)),
    place: scoreType(of('place'), entityLabel, gold.places.required.map(named), gold.places.optional.map(optionalName)),
    date: scoreType(
      of('date'),
      entityLabel,
      gold.dates.required.map((d) => ({ label: d.iso, test: (e: FoundEntity) => e.date === d.iso })),
      gold.dates.optional.map((iso) => (e: FoundEntity) => e.date === iso),
    ),
    issue: scoreType(
      of('issue'),
      entityLabel,
      gold.issues.required.map((i) => ({ label: i.name, test: issueTest(i) })),
      gold.issues.optional.map(issueTest),
    ),
    position: gold.positions === undefined ? { ...scoreType([], String, [], []), annotated: false } : scoreType(
      positions,
      (p) => positionLabel({ party: p.party.name, stance: p.stance, issue: p.issue.name }),
      goldPositions.filter((p) => !p.optional).map((p) => ({ label: positionLabel(p), test: positionTest(gold, p) })),
      goldPositions.filter((p) => p.optional).map((p) => positionTest(gold, p)),
    ),
  };
}
