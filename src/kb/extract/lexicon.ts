// Generic English news lexicons: titles, organisation and place suffixes, role nouns, event words, name particles.
// Hand-kept because no installed library types proper names; none of these lists names a real party or place.

/** Titles before a person's name, longest first; matched on tokens, case-insensitive. */
export const TITLES: string[][] = [
  'secretary of state', 'secretary - general', 'secretary general', 'prime minister', 'foreign minister', 'defense minister',
  'defence minister', 'finance minister', 'deputy prime minister', 'vice president', 'crown prince', 'major general',
  'lieutenant general', 'brigadier general', 'national security adviser', 'senior official', 'chief executive',
  'president', 'minister', 'secretary', 'director', 'sheikh', 'sheik', 'ambassador', 'dr', 'dr .', 'mr', 'mr .',
  'mrs', 'mrs .', 'ms', 'ms .', 'king', 'queen', 'prince', 'emir', 'chancellor', 'senator', 'sen .', 'rep .', 'governor',
  'mayor', 'judge', 'chairman', 'chairwoman', 'chair', 'chief', 'commander', 'colonel', 'col .', 'gen .', 'lt .', 'spokesman',
  'spokeswoman', 'spokesperson', 'envoy', 'pope', 'speaker', 'leader', 'official', 'negotiator', 'adviser', 'advisor',
  'chief mediator', 'chief negotiator', 'lead negotiator', 'special envoy', 'special representative', 'trade commissioner',
  'high commissioner', 'commissioner', 'majority leader', 'minority leader', 'majority whip', 'minority whip',
  'coordinating minister', 'interior minister', 'justice minister', 'trade minister', 'labour minister', 'labor minister',
  'mediator', 'facilitator', 'representative', 'rep', 'attorney general', 'premier', 'deputy', 'ceo', 'general secretary',
].map((t) => t.split(' '));

/** Nouns that name a role: "a representative for X", "X official Y", "spokesman for X". */
export const ROLE_NOUNS = new Set([
  'representative', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'leader', 'negotiator', 'member',
  'minister', 'president', 'envoy', 'ambassador', 'commander', 'chief', 'head', 'adviser', 'advisor', 'director',
  'secretary', 'mediator', 'aide', 'founder', 'chairman', 'chairwoman', 'lawyer', 'diplomat', 'delegate', 'resident',
  'citizen', 'analyst', 'professor', 'researcher', 'correspondent', 'reporter', 'editor', 'activist', 'general',
]);

/** Roles that tie a person to a party ("a representative for X"); "resident" ties to a place instead. */
export const PLACE_ROLES = new Set(['resident', 'citizen', 'native', 'mayor', 'governor']);

export const ORG_SUFFIXES = new Set([
  'movement', 'authority', 'association', 'council', 'agency', 'tv', 'party', 'alliance', 'union', 'ministry', 'department',
  'service', 'services', 'office', 'committee', 'commission', 'organization', 'organisation', 'group', 'brigades', 'front',
  'corporation', 'company', 'inc', 'ltd', 'bank', 'fund', 'court', 'parliament', 'assembly', 'senate', 'congress', 'army',
  'forces', 'police', 'network', 'news', 'times', 'post', 'press', 'institute', 'university', 'foundation', 'federation',
  'league', 'coalition', 'presidency', 'government', 'cabinet', 'board', 'centre', 'center', 'program', 'programme',
  'guard', 'jihad', 'brotherhood', 'corps', 'bureau', 'house', 'club', 'society', 'confederation', 'nations', 'workers',
  'church', 'secretariat', 'tribunal', 'directorate', 'administration', 'mission', 'chamber', 'syndicate', 'consortium',
  'employers', 'militia', 'command', 'institution', 'centers', 'centres', 'programme', 'unions', 'parties',
]);

/** A name of these words followed by "of"/"on"/"for" and a name goes on: "Ministry of Employment", "Committee of the
 * Red Cross", "Authority on Development", "Centers for Disease Control". */
export const ORG_HEADS_WITH_COMPLEMENT = new Set([
  'ministry', 'department', 'office', 'committee', 'commission', 'authority', 'council', 'federation', 'union',
  'association', 'organization', 'organisation', 'league', 'bank', 'court', 'agency', 'institute', 'bureau', 'board',
  'centers', 'centre', 'center', 'fund', 'front', 'army', 'movement', 'alliance', 'coalition', 'confederation', 'group',
  'secretary', 'secretariat', 'tribunal', 'church', 'conference', 'party', 'forces', 'mission', 'chamber', 'corps',
]);

/** Political groups named by a plural common noun: "Democrats demanded", "the Conservatives said". */
export const POLITICAL_GROUPS = new Set(['democrats', 'republicans', 'conservatives', 'tories', 'liberals', 'socialists', 'communists', 'greens', 'labour', 'islamists', 'nationalists', 'separatists', 'loyalists', 'royalists', 'maoists']);

/** Lower-case nouns after a name that make it a place: "the X region", "X province". */
export const PLACE_NOUNS_AFTER = new Set(['region', 'province', 'district', 'valley', 'area', 'county', 'state', 'governorate', 'prefecture', 'municipality', 'city', 'town', 'village', 'port', 'basin', 'delta', 'corridor', 'enclave', 'territory', 'neighbourhood', 'neighborhood']);

/** Media suffixes: an organisation of kind media. */
export const MEDIA_SUFFIXES = new Set(['tv', 'news', 'times', 'post', 'press', 'radio', 'television', 'network']);

/** Place suffixes and the kind of place they make. */
export const PLACE_SUFFIXES = new Map<string, string>([
  ['corridor', 'corridor'], ['crossing', 'crossing'], ['border', 'region'], ['strip', 'territory'], ['city', 'city'],
  ['province', 'region'], ['district', 'region'], ['governorate', 'region'], ['region', 'region'], ['valley', 'region'],
  ['heights', 'territory'], ['river', 'region'], ['sea', 'region'], ['gulf', 'region'], ['island', 'region'],
  ['islands', 'region'], ['mountains', 'region'], ['desert', 'region'], ['peninsula', 'region'], ['camp', 'site'],
  ['square', 'site'], ['street', 'site'], ['airport', 'site'], ['port', 'site'], ['hospital', 'site'], ['mosque', 'site'],
  ['county', 'region'], ['coast', 'region'],
]);

/** A longer name with one of these suffixes is the same place as its first word ("X Corridor" = "X"), unlike "X City". */
export const FOLDABLE_PLACE_SUFFIXES = new Set(['corridor', 'crossing', 'strip', 'border', 'heights', 'valley', 'river']);

/** Names of events, laws and weather, not parties or places. */
export const EVENT_WORDS = new Set([
  'hurricane', 'storm', 'typhoon', 'cyclone', 'operation', 'war', 'summit', 'conference', 'olympics', 'cup', 'act', 'accords',
  'accord', 'agreement', 'treaty', 'plan', 'day', 'festival', 'games', 'election', 'elections', 'protocol', 'initiative',
]);

/** Particles inside a person's or place's name: "bin", "al", "van der". */
export const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'dos', 'del']);

/** Words before a name that make it a place ("in X", "the streets of X", "a resident of X"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'inside', 'across', 'throughout', 'within', 'into']);
export const PLACE_OF_NOUNS = new Set(['port', 'parts', 'areas', 'part', 'streets', 'resident', 'residents', 'city', 'town', 'village', 'outskirts', 'suburbs', 'capital', 'north', 'south', 'east', 'west', 'centre', 'center', 'heart', 'region', 'province']);

/** Lower-case nouns after a name that make it an organisation: "the X union", "the X group". */
export const ORG_NOUNS_AFTER = new Set(['union', 'group', 'movement', 'party', 'militia', 'government', 'ministry', 'agency', 'company', 'organisation', 'organization', 'alliance', 'faction', 'coalition']);

/** Verbs that say someone spoke or acted: "X said" makes X a party. */
export const SPEECH_VERBS = new Set(['said', 'says', 'told', 'announced', 'stated', 'added', 'warned', 'stressed', 'noted', 'insisted', 'argued', 'claimed', 'confirmed', 'denied', 'welcomed', 'urged', 'explained', 'emphasized', 'emphasised', 'tweeted', 'wrote']);

export const WEEKDAYS_AND_MONTHS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow',
]);
