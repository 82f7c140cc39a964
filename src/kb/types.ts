// The shared vocabulary of the knowledge engine: entity types, keys, articles and extraction results.
// Every module of src/kb speaks in these types; nothing here touches the filesystem or Astro.

/** The four kinds of knowledge page. */
export const ENTITY_TYPES = ['party', 'place', 'date', 'issue'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The folder under content/ (and the URL segment) of each entity type. */
export const TYPE_FOLDER: Record<EntityType, string> = {
  party: 'parties',
  place: 'places',
  date: 'dates',
  issue: 'issues',
};

/** "party/velmor-front", "date/2024-08-25": an entity's identity across the engine, kb.json and the site. */
export type EntityKey = `${EntityType}/${string}`;

export function entityKey(type: EntityType, slug: string): EntityKey {
  return `${type}/${slug}`;
}

export function splitKey(key: EntityKey): { type: EntityType; slug: string } {
  const slash = key.indexOf('/');
  return { type: key.slice(0, slash) as EntityType, slug: key.slice(slash + 1) };
}

/** An article as the engine sees it: plain-text paragraphs (Markdown escapes already undone). */
export interface ArticleText {
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  published: string;
  source?: string;
  /** Paragraph i (0-based) is anchored as #p(i+1). */
  paragraphs: string[];
}

/** The names an existing entity page claims: the gazetteer is built from these. */
export interface PageNames {
  key: EntityKey;
  name: string;
  aliases: string[];
  kind?: string;
}

/** One place in an article where an entity is named. Offsets are UTF-16 indexes into the paragraph text. */
export interface Mention {
  /** 1-based paragraph number (the anchor is #p{paragraph}); 0 is the headline (#title). */
  paragraph: number;
  start: number;
  end: number;
  /** The text as written ("Norva’s", "Sunday"). */
  surface: string;
  /** The sentence the mention stands in, as written. */
  sentence: string;
  /** An issue named the other way round: "withdrawal from X" for the issue "presence in X". */
  opposite?: true;
}

export type Stance = 'demands' | 'rejects' | 'accepts' | 'proposes';

/** A party's stance on an issue, as one sentence of one article reports it. */
export interface ExtractedPosition {
  /** Name of the issue entity (as in ExtractedEntity.name of an issue). */
  issue: string;
  /** Name of the party entity taking the stance. */
  party: string;
  stance: Stance;
  /** The sentence that reports it. */
  quote: string;
  paragraph: number;
}

/** One entity found in one article, before it is tied to a page. */
export interface ExtractedEntity {
  type: EntityType;
  /** Canonical name: the page name when the gazetteer matched a page, else the best surface form. */
  name: string;
  /** Set when the gazetteer matched an existing page. */
  key?: EntityKey;
  /** party: state | organisation | person | group | media | other; place: country | city | region | … */
  kind?: string;
  /** Other surface forms seen for it (not possessives), worth keeping as aliases on a new page. */
  aliases: string[];
  /** issue: phrases naming its reverse ("withdrawal from X" of "presence in X"), kept apart from the aliases. */
  opposites?: string[];
  /** party: what the articles say it is, as written: "a representative for the Velmor Front", "Foreign Minister". */
  role?: string;
  /** party: the name of the party it belongs to ("Velmor Front" for its spokesman). */
  memberOf?: string;
  /** place: name of the place it lies within. */
  within?: string;
  /** date: YYYY-MM-DD or YYYY-MM. */
  date?: string;
  /** place: [latitude, longitude] from reference data. */
  coordinates?: [number, number];
  mentions: Mention[];
}

/** A surface form two or more pages claim, left unlinked because the context did not decide. */
export interface AmbiguousMention {
  surface: string;
  candidates: EntityKey[];
  paragraph: number;
}

/** Everything extraction finds in one article. */
export interface ArticleExtraction {
  entities: ExtractedEntity[];
  positions: ExtractedPosition[];
  ambiguous: AmbiguousMention[];
}
