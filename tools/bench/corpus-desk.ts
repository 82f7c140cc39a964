// The `desk` benchmark corpus: a regional newsroom's desks (business, courts, health, sport, science) in agency
// style, of another shape than the `wire` corpus: datelines ("CITY, Aug. 3 (Agency) —"), bylines and agency
// tags, long quotes, one-sentence paragraphs beside long ones, lists, heading lines, lengths from 300 to 2,000
// words, hub organisations per desk, a Zipf tail of recurring people and many people named only once, titles
// and acronyms. The word pieces are data (corpus-desk.yml); every invented word carries a letter the wire corpus
// never uses, so no name of one kind occurs in the other. Deterministic from the seed, grown by appending.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { cap, drawArticles, slug, type Corpus, type SyntheticArticle } from './corpus.ts';
import { mulberry32, Rng, zipfCdf } from './rng.ts';

const Templates = z.array(z.string()).min(1);
const Desk = z.object({
  hubKinds: Templates,
  orgKinds: Templates,
  titles: Templates,
  roles: Templates,
  matters: Templates,
  headlines: Templates,
  sentences: Templates,
  quotes: Templates,
  listIntros: Templates,
  listItems: Templates,
});
const Pieces = z.object({
  syllables: z.object({ markedOnsets: Templates, onsets: Templates, nuclei: Templates, codas: z.array(z.string()) }),
  citySuffixes: z.array(z.string()),
  agencies: Templates,
  agencyTags: Templates,
  monthsShort: z.array(z.string()).length(12),
  desks: z.record(z.string(), Desk),
  headings: Templates,
  saidVerbs: Templates,
  oneLiners: Templates,
  general: Templates,
});
type Pieces = z.infer<typeof Pieces>;
type DeskPieces = z.infer<typeof Desk>;

/** The word pieces, read and checked once. */
const DESK_PIECES: Pieces = Pieces.parse(parse(readFileSync(new URL('./corpus-desk.yml', import.meta.url), 'utf8')));

interface Person {
  name: string;
  /** A title written before the name, or a role written after it ("a partner at"). */
  title?: string;
  role?: string;
}
interface Org {
  name: string;
  acronym?: string;
}
interface DeskWorld {
  pieces: DeskPieces;
  hubs: Org[];
  orgs: Org[];
  orgCdf: Float64Array;
  people: Person[];
  peopleCdf: Float64Array;
}
interface World {
  desks: DeskWorld[];
  cities: string[];
  hubCities: string[];
  cityCdf: Float64Array;
  firstNames: string[];
  surnames: string[];
  reporters: string[];
  editors: string[];
  agencies: string[];
  stems: string[];
}

/** An invented word: the first syllable opens with a marked onset, so the word holds a letter of the marker set. */
function inventWord(rng: Rng, syllables: number): string {
  const { markedOnsets, onsets, nuclei, codas } = DESK_PIECES.syllables;
  let word = '';
  for (let i = 0; i < syllables; i++) {
    word += rng.pick(i === 0 ? markedOnsets : onsets) + rng.pick(nuclei);
    if (i === syllables - 1 || rng.chance(0.2)) word += rng.pick(codas);
  }
  return cap(word);
}

function inventWords(rng: Rng, count: number, min: number, max: number, taken: Set<string>): string[] {
  const words: string[] = [];
  while (words.length < count) {
    const word = inventWord(rng, rng.int(min, max));
    if (word.length < 4 || word.length > 11 || taken.has(word)) continue;
    taken.add(word);
    words.push(word);
  }
  return words;
}

/** "Name (ACRO)" for names whose initials make four letters or more; shorter ones go by their name. */
function orgOf(name: string): Org {
  const initials = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
  return initials.length >= 4 ? { name, acronym: initials } : { name };
}

function buildWorld(rng: Rng): World {
  const taken = new Set<string>();
  const stems = inventWords(rng, 900, 1, 3, taken);
  const cities = inventWords(rng, 220, 1, 2, taken).map((w) => w + rng.pick(DESK_PIECES.citySuffixes));
  const firstNames = inventWords(rng, 160, 1, 2, taken);
  const surnames = inventWords(rng, 420, 2, 3, taken);
  const fullName = () => `${rng.pick(firstNames)} ${rng.pick(surnames)}`;
  let stem = 0;
  const nextStem = () => stems[stem++ % stems.length] as string;
  const fill = (template: string) => template.replace('{Stem}', nextStem());
  const desks = Object.values(DESK_PIECES.desks).map((pieces): DeskWorld => {
    const hubs = pieces.hubKinds.map((kind) => orgOf(fill(kind)));
    const orgs = Array.from({ length: 140 }, () => orgOf(fill(rng.pick(pieces.orgKinds))));
    const names = new Set<string>();
    const people: Person[] = [];
    while (people.length < 700) {
      const name = fullName();
      if (names.has(name)) continue;
      names.add(name);
      people.push(rng.chance(0.5) ? { name, title: rng.pick(pieces.titles) } : { name, role: rng.pick(pieces.roles) });
    }
    return { pieces, hubs, orgs, orgCdf: zipfCdf(orgs.length, 1.05), people, peopleCdf: zipfCdf(people.length, 0.9) };
  });
  return {
    desks,
    cities: cities.slice(3),
    hubCities: cities.slice(0, 3),
    cityCdf: zipfCdf(cities.length - 3, 1.0),
    firstNames,
    surnames,
    reporters: Array.from({ length: 40 }, fullName),
    editors: Array.from({ length: 12 }, fullName),
    agencies: DESK_PIECES.agencies.map(fill),
    stems,
  };
}

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 2);
const SPAN_DAYS = 730;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** One article's state while it is written: who has been introduced, and the names it used. */
class Writer {
  readonly introduced = new Set<string>();
  readonly used = new Set<string>();
  readonly parties = new Set<string>();
  readonly places = new Set<string>();
  readonly rng: Rng;
  readonly world: World;
  readonly desk: DeskWorld;
  readonly publishedMs: number;
  readonly people: Person[];
  readonly orgs: Org[];
  readonly hub: Org;
  readonly agency: string;

  constructor(rng: Rng, world: World) {
    this.rng = rng;
    this.world = world;
    this.desk = rng.pick(world.desks);
    this.publishedMs = START + Math.floor(rng.next() * SPAN_DAYS) * DAY;
    this.hub = rng.pick(this.desk.hubs);
    this.people = Array.from({ length: rng.int(2, 6) }, () => this.desk.people[rng.zipf(this.desk.peopleCdf)] as Person);
    this.orgs = Array.from({ length: rng.int(1, 4) }, () => this.desk.orgs[rng.zipf(this.desk.orgCdf)] as Org);
    this.agency = rng.pick(world.agencies);
  }

  /** A person on first mention with title or role (and, for a role, the organisation), later by surname. */
  person(p: Person, plain = false): string {
    this.parties.add(p.name);
    if (plain || this.introduced.has(p.name)) return plain ? p.name : (p.name.split(' ').pop() as string);
    this.introduced.add(p.name);
    if (p.title) return `${p.title} ${p.name}`;
    const org = this.rng.pick(this.orgs);
    return `${p.name}, ${p.role} the ${this.org(org)},`;
  }

  /** Someone named once in the corpus (a random pairing of a first name and a surname), with a title or role. */
  once(): string {
    const { rng, world } = this;
    const name = `${rng.pick(world.firstNames)} ${rng.pick(world.surnames)}`;
    this.parties.add(name);
    if (rng.chance(0.5)) return `${rng.pick(this.desk.pieces.titles)} ${name}`;
    return `${name}, ${rng.pick(this.desk.pieces.roles)} the ${this.org(rng.pick(this.orgs))},`;
  }

  org(o: Org, plain = false): string {
    this.parties.add(o.name);
    if (plain || !o.acronym) return o.name;
    if (this.introduced.has(o.name)) return o.acronym;
    this.introduced.add(o.name);
    return `${o.name} (${o.acronym})`;
  }

  city(): string {
    const { rng, world } = this;
    const city = rng.chance(0.4) ? rng.pick(world.hubCities) : (world.cities[rng.zipf(world.cityCdf)] as string);
    this.places.add(city);
    return city;
  }

  /** A day shortly before publication: a weekday, an agency-style date, or a full date. */
  date(): string {
    const { rng } = this;
    const day = new Date(this.publishedMs - rng.int(0, 9) * DAY);
    const month = DESK_PIECES.monthsShort[day.getUTCMonth()] as string;
    if (rng.chance(0.4)) return WEEKDAYS[(day.getUTCDay() + 6) % 7] as string;
    if (rng.chance(0.6)) return `${month} ${day.getUTCDate()}`;
    return `${month} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
  }

  /** A small number ({num}) or a large count ({count}). */
  number(large: boolean): string {
    const { rng } = this;
    if (!large) return String(rng.chance(0.7) ? rng.int(2, 12) : rng.int(13, 60));
    if (rng.chance(0.6)) return String(rng.int(40, 950));
    return `${rng.int(1, 90)},${String(rng.int(0, 999)).padStart(3, '0')}`;
  }

  /** One of `templates`, preferring one this article has not used yet (long stories still repeat some). */
  fresh(templates: readonly string[]): string {
    let template = this.rng.pick(templates);
    for (let tries = 0; tries < 4 && this.used.has(template); tries++) template = this.rng.pick(templates);
    this.used.add(template);
    return template;
  }

  /** A template with its placeholders filled; `plain` names things without acronyms or apposition (headlines). */
  fill(template: string, plain = false): string {
    const { rng, desk } = this;
    return template.replace(/\{(\w+)\}/g, (_, key: string) => {
      switch (key) {
        case 'person': return this.person(rng.pick(this.people), plain);
        case 'once': return plain ? this.person(rng.pick(this.people), true) : this.once();
        case 'org': return this.org(rng.pick(this.orgs), plain);
        case 'hub': return this.org(this.hub, true);
        case 'city': return this.city();
        case 'date': return this.date();
        case 'matter': return rng.pick(desk.pieces.matters);
        case 'num': return this.number(false);
        case 'count': return this.number(true);
        case 'pct': return rng.chance(0.5) ? `${rng.int(1, 40)} percent` : `${rng.int(1, 19)}.${rng.int(1, 9)}%`;
        case 'money': return `${rng.pick(['$', '£', '€'])}${rng.int(1, 950)}${rng.chance(0.5) ? `.${rng.int(1, 9)} ${rng.pick(['million', 'billion'])}` : ',000'}`;
        case 'year': return String(rng.int(2012, 2022));
        case 'Title': return rng.pick(this.world.stems);
        case 'agency': return this.agency;
        case 'reporter': return rng.pick(this.world.reporters);
        case 'editor': return rng.pick(this.world.editors);
        default: throw new Error(`corpus-desk.yml: unknown placeholder {${key}} in "${template}"`);
      }
    });
  }

  sentence(): string {
    const { rng, desk } = this;
    return this.fill(this.fresh(rng.chance(0.7) ? desk.pieces.sentences : DESK_PIECES.general));
  }

  /** A long quote: one to three sentences in quotation marks around the speaker, as agency copy writes them. */
  quote(): string {
    const { rng, desk } = this;
    const [open, close] = rng.chance(0.5) ? ['\u201c', '\u201d'] : ['"', '"'];
    const said = this.fill(rng.pick(DESK_PIECES.saidVerbs));
    const speaker = rng.chance(0.85) ? this.person(rng.pick(this.people)) : this.once();
    const first = `${open}${this.fresh(desk.pieces.quotes)},${close} ${speaker} ${said}.`;
    if (rng.chance(0.4)) return first;
    const more = Array.from({ length: rng.int(1, 2) }, () => `${this.fresh(desk.pieces.quotes)}.`).join(' ');
    return `${first} ${open}${more}${close}`;
  }
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function makeArticle(rng: Rng, world: World, index: number): SyntheticArticle {
  const w = new Writer(rng, world);
  const { desk } = w;
  const published = new Date(w.publishedMs).toISOString().slice(0, 10);
  const headline = w.fill(rng.pick(desk.pieces.headlines), true);
  const title = cap(headline);
  // 300 to 2,000 words, more short stories than long ones (log-uniform).
  const target = Math.round(300 * Math.pow(2000 / 300, rng.next()));
  const paragraphs: string[] = [];
  if (rng.chance(0.7)) paragraphs.push(`By ${rng.pick(world.reporters)}${rng.chance(0.2) ? ` and ${rng.pick(world.reporters)}` : ''}`);
  const day = new Date(w.publishedMs);
  const dateline = `${w.city().toUpperCase()}, ${DESK_PIECES.monthsShort[day.getUTCMonth()]} ${day.getUTCDate()} (${w.agency}) \u2014`;
  paragraphs.push(`${dateline} ${w.sentence()} ${w.sentence()}`);
  let total = paragraphs.reduce((n, p) => n + words(p), 0);
  const push = (paragraph: string) => {
    paragraphs.push(paragraph);
    total += words(paragraph);
  };
  while (total < target) {
    const roll = rng.next();
    if (roll < 0.3) push(Array.from({ length: rng.int(3, 7) }, () => w.sentence()).join(' '));
    else if (roll < 0.5) push(`${w.sentence()} ${w.sentence()}`);
    else if (roll < 0.62) push(w.fill(w.fresh(DESK_PIECES.oneLiners)));
    else if (roll < 0.8) push(w.quote());
    else if (roll < 0.88) {
      const items = rng.int(3, 6);
      push(w.fill(rng.pick(desk.pieces.listIntros).replace('{num}', String(items))));
      const numbered = rng.chance(0.4);
      const bullet = rng.pick(['\u2022', '-', '*']);
      for (let i = 1; i <= items; i++) push(`${numbered ? `${i}.` : bullet} ${cap(w.fill(w.fresh(desk.pieces.listItems)))}`);
    } else if (roll < 0.94) {
      push(rng.pick(DESK_PIECES.headings));
      push(w.sentence());
    } else push(`${w.sentence()} ${w.quote()}`);
  }
  if (rng.chance(0.5)) paragraphs.push(`(${w.fill(rng.pick(DESK_PIECES.agencyTags))})`);
  const file = `${String(index + 1).padStart(5, '0')}-${slug(title).slice(0, 60)}.txt`;
  const url = `https://example.net/${slug(w.agency)}/${published.replaceAll('-', '/')}/${slug(title).slice(0, 50)}-${index + 1}`;
  const text = `${title}\nsource: ${w.agency}\nurl: ${url}\npublished: ${published}\n\n${paragraphs.join('\n\n')}\n`;
  return { file, title, published, text, parties: [...w.parties], places: [...w.places] };
}

/** The `desk` corpus of `count` articles for `seed`: article i depends only on the seed and on i. */
export function generateDeskCorpus(count: number, seed = 1): Corpus {
  const world = buildWorld(new Rng(mulberry32(seed ^ 0x5bd1e995)));
  return {
    articles: drawArticles(count, seed, (rng, i) => makeArticle(rng, world, i)),
    hubs: { parties: world.desks.flatMap((d) => d.hubs.map((h) => h.name)), places: world.hubCities },
  };
}
