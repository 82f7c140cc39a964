// A deterministic synthetic news corpus for the benchmark: N articles in the plain-text format (headline,
// source/url/published lines, paragraphs). The overlap imitates a long-running story: a few hub parties and
// places appear in most articles, a Zipf tail of people (with titles) and organisations (with acronyms) in
// some, dates spread over two years as weekday and calendar expressions, and issue cue phrases. Every name is
// invented from syllables, so nothing is copied from the real corpus. This is the `wire` kind (corpora.ts).

import { itemRng, mulberry32, Rng, zipfCdf } from './rng.ts';

export interface SyntheticArticle {
  /** A file name for the plain-text article (unique within the corpus). */
  file: string;
  title: string;
  published: string;
  /** The whole plain-text file. */
  text: string;
  /** The names the generator put in (for tests of overlap). */
  parties: string[];
  places: string[];
}

export interface Corpus {
  articles: SyntheticArticle[];
  hubs: { parties: string[]; places: string[] };
}

const ONSETS = ['b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kr', 'tr', 'st', 'sh', 'th', 'gl', 'pl'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'o', 'ai', 'ei', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm', 'nd', 'rk', 'st', 'v'];

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A pronounceable invented word of `syllables` syllables. */
function inventWord(rng: Rng, syllables: number): string {
  let word = '';
  for (let i = 0; i < syllables; i++) {
    word += rng.pick(ONSETS) + rng.pick(NUCLEI);
    if (i === syllables - 1 || rng.chance(0.25)) word += rng.pick(CODAS);
  }
  return cap(word);
}

/** `count` distinct invented words. */
function inventWords(rng: Rng, count: number, min: number, max: number): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  while (words.length < count) {
    const word = inventWord(rng, rng.int(min, max));
    if (word.length < 4 || seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words;
}

const TITLES = ['Foreign Minister', 'Defence Minister', 'Prime Minister', 'President', 'General', 'Ambassador', 'Senator', 'Governor', 'Mayor', 'Commissioner'];
const ROLES = ['spokesman', 'spokeswoman', 'negotiator', 'adviser', 'deputy head', 'envoy', 'chief negotiator'];
const ORG_ADJ = ['National', 'Popular', 'United', 'Democratic', 'Coastal', 'Northern', 'Southern', 'Free', 'Independent', 'Federal', 'Regional', 'Civic'];
const ORG_KIND = ['Front', 'Alliance', 'Council', 'Movement', 'Union', 'Congress', 'Authority', 'Commission', 'League', 'Assembly'];
const ORG_TOPIC = ['Reform', 'Renewal', 'Relief', 'Labour', 'Unity', 'Justice', 'Water', 'Energy', 'Harbour', 'Liberation', 'Reconstruction', 'Trade'];
const OUTLETS = ['The Daily Ledger', 'Meridian News', 'Coastline Herald', 'World Wire', 'Evening Courier', 'Northern Gazette'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MATTERS = ['detained engineers', 'fishing crews', 'border guards', 'grain shipments', 'frozen assets', 'harbour levies', 'water quotas', 'power lines', 'aid convoys', 'observer missions', 'election monitors', 'customs revenue', 'refugee camps', 'the ferry route', 'the pipeline tariffs', 'seized tankers', 'mining licences', 'the river dam', 'prisoner lists', 'troop rotations'];
const CUES = [
  (m: string) => `demanded the release of ${m}`,
  (m: string) => `rejected the withdrawal from ${m}`,
  (m: string) => `insisted on the return of ${m}`,
  (m: string) => `objected to the transfer of ${m}`,
  (m: string) => `refused to discuss ${m}`,
];
const VERBS = ['said', 'told reporters', 'warned', 'announced', 'confirmed', 'added'];
const FILLER = [
  'talks resumed after a pause of several weeks',
  'mediators presented a revised proposal to both delegations',
  'the delegations met behind closed doors for most of the day',
  'officials described the atmosphere as tense but constructive',
  'a further round of meetings is expected in the coming days',
  'the ceasefire along the eastern line has largely held',
  'aid agencies warned that supplies were running low',
  'markets reacted cautiously to the news',
  'the proposal would phase the measures over three stages',
  'neither side commented on the details of the draft',
  'residents said the curfew had been eased in several districts',
  'the committee will report its findings to parliament next month',
  'a joint statement is expected once the technical teams finish their work',
  'diplomats cautioned that any agreement would take months to carry out',
  'the opposition called for an independent inquiry into the spending',
  'several hundred people gathered outside the ministry in the afternoon',
  'the central bank left interest rates unchanged for a third month',
  'fuel prices rose sharply after the port was closed to shipping',
  'the court postponed its ruling until after the holiday',
  'engineers began repairing the damaged bridge over the weekend',
  'local councils asked for emergency funding to restore the water supply',
  'the draft text has not been made public',
  'human rights groups urged both sides to protect civilians',
  'the talks are the first direct contact between the delegations this year',
];

interface World {
  stateHubs: string[];
  placeHubs: string[];
  places: string[];
  people: { name: string; title: string }[];
  orgs: { name: string; acronym: string }[];
  placeCdf: Float64Array;
  peopleCdf: Float64Array;
  orgCdf: Float64Array;
  matterPlaces: string[];
}

function buildWorld(rng: Rng): World {
  const states = inventWords(rng, 6, 2, 3).map((w) => `${w}ia`);
  const cities = inventWords(rng, 160, 2, 3);
  const firstNames = inventWords(rng, 90, 2, 2);
  const lastNames = inventWords(rng, 140, 2, 3);
  const people: World['people'] = [];
  const usedPeople = new Set<string>();
  while (people.length < 3000) {
    const name = `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
    if (usedPeople.has(name)) continue;
    usedPeople.add(name);
    people.push({ name, title: rng.chance(0.5) ? rng.pick(TITLES) : rng.pick(ROLES) });
  }
  const orgs: World['orgs'] = [];
  const usedAcronyms = new Set<string>();
  while (orgs.length < 150) {
    const words = [rng.pick(ORG_ADJ), rng.pick(ORG_TOPIC), rng.pick(ORG_KIND)];
    const acronym = words.map((w) => w[0]).join('');
    const name = words.join(' ');
    if (usedAcronyms.has(acronym + name)) continue;
    usedAcronyms.add(acronym + name);
    orgs.push({ name, acronym });
  }
  return {
    stateHubs: states.slice(0, 3),
    placeHubs: cities.slice(0, 3),
    places: [...states.slice(3), ...cities.slice(3)],
    people,
    orgs,
    placeCdf: zipfCdf(states.length - 3 + cities.length - 3, 1.0),
    peopleCdf: zipfCdf(people.length, 1.0),
    orgCdf: zipfCdf(orgs.length, 1.1),
    matterPlaces: cities.slice(3, 40),
  };
}

const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 2);
const SPAN_DAYS = 730;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A date expression for a day shortly before `published`: a weekday or a calendar date. */
function dateExpression(rng: Rng, publishedMs: number): string {
  const back = rng.int(0, 6);
  const day = new Date(publishedMs - back * DAY);
  if (rng.chance(0.5)) return `on ${WEEKDAYS[(day.getUTCDay() + 6) % 7]}`;
  if (rng.chance(0.5)) return `on ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]}`;
  return `on ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function makeArticle(rng: Rng, world: World, index: number): SyntheticArticle {
  const publishedMs = START + Math.floor(rng.next() * SPAN_DAYS) * DAY;
  const published = iso(publishedMs);
  // Hubs: most articles name two or three of the hub states and one or two hub places.
  const states = world.stateHubs.filter(() => rng.chance(0.7));
  if (states.length === 0) states.push(rng.pick(world.stateHubs));
  const places = world.placeHubs.filter(() => rng.chance(0.45));
  for (let k = rng.int(1, 3); k > 0; k--) places.push(world.places[rng.zipf(world.placeCdf)] as string);
  const people = Array.from({ length: rng.int(2, 5) }, () => world.people[rng.zipf(world.peopleCdf)] as World['people'][number]);
  const orgs = Array.from({ length: rng.int(1, 3) }, () => world.orgs[rng.zipf(world.orgCdf)] as World['orgs'][number]);
  const lead = people[0] as World['people'][number];
  const where = places[0] as string;
  const matter = () => (rng.chance(0.3) ? `${rng.pick(world.matterPlaces)} ${rng.pick(['crossing', 'ridge', 'harbour', 'corridor'])}` : rng.pick(MATTERS));

  const title = `${rng.pick(states)} and ${rng.pick(world.stateHubs)} ${rng.pick(['resume talks', 'trade accusations', 'near a deal', 'halt negotiations', 'sign a framework'])} in ${where} ${rng.pick(['as', 'while', 'after'])} ${rng.pick(['mediators press on', 'pressure mounts', 'a deadline passes', 'envoys arrive', 'protests grow'])}`;
  const paragraphs: string[] = [];
  const introduced = new Set<string>();
  const personRef = (p: World['people'][number]) => {
    if (introduced.has(p.name)) return p.name.split(' ')[1] as string;
    introduced.add(p.name);
    const org = rng.pick(orgs);
    return TITLES.includes(p.title) ? `${p.title} ${p.name}` : `${p.name}, ${/^[aeiou]/.test(p.title) ? 'an' : 'a'} ${p.title} for the ${org.name} (${org.acronym}),`;
  };
  paragraphs.push(
    `Delegations from ${states.join(', ').replace(/, ([^,]*)$/, ' and $1')} met in ${where} ${dateExpression(rng, publishedMs)} as ${rng.pick(FILLER)}, ${personRef(lead)} ${rng.pick(VERBS)}.`,
  );
  const count = rng.int(8, 13);
  for (let i = 1; i < count; i++) {
    const person = rng.pick(people);
    const org = rng.pick(orgs);
    const state = rng.pick(states);
    const place = rng.pick(places);
    switch (rng.int(0, 7)) {
      case 0:
        paragraphs.push(`${cap(personRef(person))} ${rng.pick(VERBS)} ${dateExpression(rng, publishedMs)} that ${state} ${CUES[rng.int(0, CUES.length - 1)]!(matter())}. ${cap(rng.pick(FILLER))}.`);
        break;
      case 1:
        paragraphs.push(`The main sticking point is ${matter()}, according to officials in ${place}. ${cap(rng.pick(FILLER))}, and ${rng.pick(FILLER)}.`);
        break;
      case 2:
        paragraphs.push(`The ${org.name} (${org.acronym}) ${CUES[rng.int(0, CUES.length - 1)]!(matter())} ${dateExpression(rng, publishedMs)}. The ${org.acronym} said ${rng.pick(FILLER)}.`);
        break;
      case 3:
        paragraphs.push(`In ${place}, ${rng.pick(FILLER)}. ${cap(personRef(person))} told reporters that ${state} would not accept new conditions.`);
        break;
      case 4:
        paragraphs.push(`"We will not give up on ${matter()}," ${personRef(person)} said ${dateExpression(rng, publishedMs)}. ${cap(rng.pick(FILLER))}.`);
        break;
      case 5:
        paragraphs.push(`${state} rejected the withdrawal from ${place} ${dateExpression(rng, publishedMs)}, while ${rng.pick(world.stateHubs)} demanded the release of ${rng.pick(MATTERS)}.`);
        break;
      case 6:
        paragraphs.push(`${cap(rng.pick(FILLER))}. Officials from ${rng.pick(world.stateHubs)} and the ${org.name} are expected in ${place} ${dateExpression(rng, publishedMs)}.`);
        break;
      default:
        paragraphs.push(`${cap(rng.pick(FILLER))}, ${rng.pick(FILLER)}. ${cap(rng.pick(FILLER))}.`);
    }
  }
  for (let i = 1; i < paragraphs.length; i++) if (rng.chance(0.6)) paragraphs[i] += ` ${cap(rng.pick(FILLER))}.`;
  const source = rng.pick(OUTLETS);
  const file = `${String(index + 1).padStart(5, '0')}-${slug(title).slice(0, 60)}.txt`;
  const url = `https://example.org/${slug(source)}/${published}/${index + 1}`;
  const text = `${title}\nsource: ${source}\nurl: ${url}\npublished: ${published}\n\n${paragraphs.join('\n\n')}\n`;
  return { file, title, published, text, parties: [...states, ...orgs.map((o) => o.name), ...people.map((p) => p.name)], places };
}

/**
 * The corpus of `count` articles for `seed`. Article i depends only on the seed and on i, so the corpus of
 * 1000 starts with the corpus of 250 and "one article more" is article `count`.
 */
export function generateCorpus(count: number, seed = 1): Corpus {
  const world = buildWorld(new Rng(mulberry32(seed)));
  return { articles: drawArticles(count, seed, (rng, i) => makeArticle(rng, world, i)), hubs: { parties: world.stateHubs, places: world.placeHubs } };
}

/**
 * `count` articles, article i made by `make` from a generator of the seed, i and the attempt. Ingest names an
 * article by date and headline (shortened): an article whose name an earlier one already has is drawn again, so
 * the corpus ingests as a whole (article i still depends only on the seed and articles < i).
 */
export function drawArticles(count: number, seed: number, make: (rng: Rng, index: number) => SyntheticArticle): SyntheticArticle[] {
  const articles: SyntheticArticle[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < count; i++) {
    for (let attempt = 0; ; attempt++) {
      const article = make(itemRng(seed, i, attempt), i);
      const key = `${article.published} ${slug(article.title).slice(0, 40)}`;
      if (taken.has(key)) continue;
      taken.add(key);
      articles.push(article);
      break;
    }
  }
  return articles;
}
