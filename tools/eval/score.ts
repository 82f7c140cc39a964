// Scores one article's extraction against its gold annotation, with the rules of shared/corpus/README.md.

export interface FoundEntity {
  type: 'party' | 'place' | 'date' | 'issue';
  name: string;
  aliases: string[];
  date?: string;
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

export interface Gold {
  parties: { required: GoldNamed[]; optional: string[] };
  places: { required: GoldNamed[]; optional: string[] };
  dates: { required: { iso: string; surface?: string }[]; optional: string[] };
  issues: { required: GoldIssue[]; optional: (string | GoldIssue)[] };
}

export interface TypeScore {
  recall: number;
  precision: number;
  /** Required gold items no found entity matched (their names or ISO dates). */
  missed: string[];
  /** Found entities that match no required or optional item. */
  extra: string[];
  /** Counts behind the ratios, for pooling several articles. */
  requiredMatched: number;
  required: number;
  foundMatched: number;
  found: number;
}

export type ArticleScore = Record<'party' | 'place' | 'date' | 'issue', TypeScore>;

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

function issueMatches(found: FoundEntity, keywords: string[]): boolean {
  const text = [found.name, ...found.aliases].join(' | ').toLowerCase();
  return keywords.every((k) => k.split('|').some((alt) => text.includes(alt.toLowerCase())));
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function scoreType(
  found: FoundEntity[],
  required: { label: string; test: (e: FoundEntity) => boolean }[],
  optional: ((e: FoundEntity) => boolean)[],
): TypeScore {
  const missed: string[] = [];
  let requiredMatched = 0;
  for (const r of required) {
    if (found.some(r.test)) requiredMatched++;
    else missed.push(r.label);
  }
  const extra: string[] = [];
  let foundMatched = 0;
  for (const e of found) {
    if (required.some((r) => r.test(e)) || optional.some((o) => o(e))) foundMatched++;
    else extra.push(e.date ?? e.name);
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

export function scoreArticle(found: FoundEntity[], gold: Gold): ArticleScore {
  const of = (type: FoundEntity['type']): FoundEntity[] => found.filter((e) => e.type === type);
  const named = (g: GoldNamed) => ({ label: g.name, test: (e: FoundEntity) => namesMatch(e, [g.name, ...(g.aliases ?? [])]) });
  const optionalName = (name: string) => (e: FoundEntity) => namesMatch(e, [name]);
  return {
    party: scoreType(of('party'), gold.parties.required.map(named), gold.parties.optional.map(optionalName)),
    place: scoreType(of('place'), gold.places.required.map(named), gold.places.optional.map(optionalName)),
    date: scoreType(
      of('date'),
      gold.dates.required.map((d) => ({ label: d.iso, test: (e: FoundEntity) => e.date === d.iso })),
      gold.dates.optional.map((iso) => (e: FoundEntity) => e.date === iso),
    ),
    issue: scoreType(
      of('issue'),
      gold.issues.required.map((i) => ({ label: i.name, test: (e: FoundEntity) => issueMatches(e, i.keywords) })),
      gold.issues.optional.map((item) => (e: FoundEntity) => (typeof item === 'string' ? namesMatch(e, [item]) : issueMatches(e, item.keywords))),
    ),
  };
}
