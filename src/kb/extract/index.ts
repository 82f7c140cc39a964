// The extraction engine's API: analyseArticle (expensive, cacheable per article) and extractFromAnalysis (cheap, per gazetteer).
import type { ArticleExtraction, ArticleText, ExtractedEntity, ExtractedPosition, Mention, PageNames } from '../types.ts';
import { dateName, findDates, type FoundDate } from './dates.ts';
import { discoverNames, type NameCandidate, type Span } from './discover.ts';
import { buildGazetteer as build, type Gazetteer } from './gazetteer.ts';
import { mergeIssues } from './issue-merge.ts';
import { findIssueCues, type IssueCue } from './issues.ts';
import { analyseText } from './nlp.ts';
import { accuserOf, actorsOf, positionFor, signerOf, withoutImpliedAcceptance } from './positions.ts';
import { flipStance, reverses } from './polarity.ts';
import { resolveEntities } from './resolve.ts';
import { normaliseName } from '../text/normalise-name.ts';
import { foldIntoTerritories } from './fold-places.ts';
import { addRoles } from './roles.ts';
import { isFunctionWords } from '../content/check-content.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { quoteAround } from './mention-quote.ts';

export type { Gazetteer } from './gazetteer.ts';

/** What the expensive layer found in one text of the article (index 0 = headline, i = paragraph i). */
export interface TextFindings {
  sentences: Span[];
  names: NameCandidate[];
  dates: FoundDate[];
  cues: IssueCue[];
}

/** JSON-serialisable; depends only on the article's text and published date. */
export interface ArticleAnalysis {
  /** The headline analysed as texts[0]: a cache keyed on the paragraphs alone may hand back an older headline's analysis. */
  headline: string;
  /** texts[0] is the headline (mentions there get paragraph 0); texts[i] is paragraph i. */
  texts: TextFindings[];
}

function textsOf(article: ArticleText): string[] {
  return [article.title, ...article.paragraphs];
}

function analyseHeadline(title: string, lexicon: Lexicon): TextFindings {
  const a = analyseText(title);
  // Headlines are searched for names only: their clipped grammar gives poor dates and issue phrases.
  return { sentences: a.sentences.map((s) => ({ start: s.start, end: s.end })), names: discoverNames(title, a, true, lexicon), dates: [], cues: [] };
}

/** The expensive layer: it reads the article and the word lists only (a cache keys it on both). */
export function analyseArticle(article: ArticleText, lexicon: Lexicon): ArticleAnalysis {
  const texts: TextFindings[] = [analyseHeadline(article.title, lexicon)];
  for (const text of article.paragraphs) {
    const a = analyseText(text);
    texts.push({
      sentences: a.sentences.map((s) => ({ start: s.start, end: s.end })),
      names: discoverNames(text, a, false, lexicon),
      dates: findDates(text, article.published, lexicon),
      cues: findIssueCues(text, a, lexicon),
    });
  }
  return { headline: article.title, texts };
}

export function buildGazetteer(pages: PageNames[], ignore: string[], lexicon: Lexicon): Gazetteer {
  return build(pages, ignore, lexicon);
}

function sentenceAt(text: string, sentences: Span[], offset: number): string {
  return quoteAround(text, sentences.find((s) => offset >= s.start && offset < s.end), offset);
}

export function extractFromAnalysis(article: ArticleText, analysis: ArticleAnalysis, gazetteer: Gazetteer): ArticleExtraction {
  const raw = textsOf(article);
  const { lexicon } = gazetteer;
  if (analysis.headline !== article.title) analysis = { ...analysis, headline: article.title, texts: [analyseHeadline(article.title, lexicon), ...analysis.texts.slice(1)] };
  const resolved = resolveEntities(
    raw.map((text, i) => ({ text, sentences: analysis.texts[i]!.sentences, names: [...analysis.texts[i]!.names] })),
    gazetteer,
  );
  // a name made of function words ("He" of "Vice Premier He") names nobody: every "He" would be linked to it
  const named = resolved.entities.filter((e) => !isFunctionWords(e.name));
  if (named.length < resolved.entities.length) resolved.placed = resolved.placed.filter((p) => named.includes(p.entity));
  const entities: ExtractedEntity[] = foldIntoTerritories(named, lexicon);

  // Dates: one entity per ISO date.
  const dates = new Map<string, ExtractedEntity>();
  analysis.texts.forEach((t, paragraph) => {
    for (const d of t.dates) {
      let e = dates.get(d.iso);
      if (!e) {
        e = { type: 'date', name: dateName(d.iso), date: d.iso, aliases: [], mentions: [] };
        dates.set(d.iso, e);
      }
      e.mentions.push(mention(raw[paragraph]!, t.sentences, paragraph, d.start, d.end));
    }
  });

  // Issues: every phrase, grouped into matters; positions for stance cues with an actor.
  const phrases: { text: string; head: boolean }[] = [];
  raw.forEach((text, i) => {
    for (const c of analysis.texts[i]!.cues) {
      // a phrase from a multi-word head cue ("release of …") names the matter better than a bare head word ("prisoners")
      const head = c.kind === 'head' && text.slice(c.start, c.end).includes(' ');
      for (const p of c.phrases) if (!p.anaphor) phrases.push({ text: p.text, head });
    }
  });
  const merged = mergeIssues(phrases, gazetteer.issues, lexicon);
  const issues = new Map<string, ExtractedEntity>();
  const positions: ExtractedPosition[] = [];
  const namedParty = new Set(entities.filter((e) => e.type !== 'date').flatMap((e) => [e.name, ...e.aliases]).map(normaliseName));
  // "a ceasefire deal" … "the deal": the last issue named with each generic head, for the definite phrases after it
  const lastNamedWith = new Map<string, ExtractedEntity>();
  // who signed a statement ("Statement by …" closing it) speaks its "we" and "I" when its headline names no one
  const signer = signerOf(raw, resolved.placed, lexicon);
  analysis.texts.forEach((t, paragraph) => {
    for (const c of t.cues) {
      for (const p of c.phrases) {
        let e: ExtractedEntity | undefined;
        if (p.anaphor) {
          e = lastNamedWith.get(p.generic!);
          if (!e) continue;
        } else {
          const m = merged.get(p.text);
          if (!m || gazetteer.ignore.has(normaliseName(m.name))) continue;
          // "the World Food Programme" names a party, not a matter
          if (namedParty.has(normaliseName(p.text))) continue;
          e = issues.get(m.family);
          if (!e) {
            e = { type: 'issue', name: m.name, aliases: m.aliases, mentions: [], ...(m.opposites.length > 0 ? { opposites: m.opposites } : {}), ...(m.key ? { key: m.key } : {}) };
            issues.set(m.family, e);
          }
          if (p.generic) lastNamedWith.set(p.generic, e);
        }
        // a phrase naming the reverse of the issue ("withdrawal from X" of "presence in X") swaps demands and rejects
        const opposite = reverses(p.text, e.name, lexicon);
        if (!e.mentions.some((x) => x.paragraph === paragraph && x.start < p.end && x.end > p.start)) {
          e.mentions.push({ ...mention(raw[paragraph]!, t.sentences, paragraph, p.start, p.end), ...(opposite ? { opposite: true as const } : {}) });
        }
        const issue = e;
        if (c.kind === 'stance' && c.stance) {
          const stance = opposite ? flipStance(c.stance) : c.stance;
          const actors = actorsOf(c, paragraph, raw[paragraph]!, resolved.placed, entities, lexicon, signer);
          for (const party of actors) {
            if (!positions.some((x) => x.issue === issue.name && x.party === party.name && x.paragraph === paragraph && x.stance === stance)) {
              positions.push(positionFor(c, issue.name, party, raw[paragraph]!, paragraph, stance));
            }
          }
          // "According to X, Y reneged on Z", "X accused Y of blocking Z": the accuser demands Z
          const demand = opposite ? flipStance(c.sourceStance ?? 'demands') : (c.sourceStance ?? 'demands');
          const accuser = c.source ? accuserOf(c, paragraph, raw[paragraph]!, resolved.placed, lexicon) : undefined;
          if (accuser && !actors.includes(accuser) && !positions.some((x) => x.issue === issue.name && x.party === accuser.name && x.paragraph === paragraph && x.stance === demand)) {
            positions.push(positionFor(c, issue.name, accuser, raw[paragraph]!, paragraph, demand));
          }
        }
      }
    }
  });
  addRoles(entities, lexicon);
  entities.push(...dates.values(), ...issues.values());
  return { entities, positions: withoutImpliedAcceptance(positions), ambiguous: resolved.ambiguous };
}

function mention(text: string, sentences: Span[], paragraph: number, start: number, end: number): Mention {
  return { paragraph, start, end, surface: text.slice(start, end), sentence: sentenceAt(text, sentences, start) };
}

export function extractArticle(article: ArticleText, gazetteer: Gazetteer): ArticleExtraction {
  return extractFromAnalysis(article, analyseArticle(article, gazetteer.lexicon), gazetteer);
}
