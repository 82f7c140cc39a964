// Which articles a change of pages can change the extraction of, so that kb matches only those again
// when an article brings new pages (every other article keeps the extraction stored for the old pages).
// An extraction depends on the pages in two ways only: the gazetteer trie (a page's name, aliases and a
// person's surnames), where a match can only start at the first token of a pattern, so an article whose
// text holds none of the first tokens of a changed page's patterns matches exactly as before; and the issue
// pages its phrases may join, chosen by shared forms and families. A change to the ignore list touches all.
import type { ArticleAnalysis } from '../extract/index.ts';
import { pagePatterns } from '../extract/gazetteer.ts';
import { issueFamily } from '../extract/issue-merge.ts';
import { comparisonForm } from '../text/normalise-name.ts';
import { normaliseForMatch, tokenize } from '../text/tokenize.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { ArticleText, PageNames } from '../types.ts';

export interface NamesDelta {
  /** Every article must be matched again. */
  all: boolean;
  /** First tokens of the trie patterns of pages added, removed or changed (either version). */
  firstTokens: Set<string>;
  /** Normalised forms and families of issue pages added, removed or changed. */
  issueForms: Set<string>;
  issueFamilies: Set<string>;
}

const signature = ({ surface, via }: { surface: string; via: string }) => `${via}\t${surface}`;

function describe(page: PageNames): string {
  return JSON.stringify([page.name, [...page.aliases], page.kind ?? '']);
}

export function namesDelta(before: PageNames[], beforeIgnore: string[], after: PageNames[], afterIgnore: string[], lexicon: Lexicon): NamesDelta {
  const delta: NamesDelta = { all: false, firstTokens: new Set(), issueForms: new Set(), issueFamilies: new Set() };
  if (JSON.stringify([...beforeIgnore].sort()) !== JSON.stringify([...afterIgnore].sort())) return { ...delta, all: true };
  const old = new Map(before.map((page) => [page.key, page]));
  const now = new Map(after.map((page) => [page.key, page]));
  /** Pages added, removed or changed: each with the version it is compared with, if it had one. */
  const changed: [PageNames, PageNames | undefined][] = [];
  for (const [key, page] of now) {
    const was = old.get(key);
    if (!was) changed.push([page, undefined]);
    else if (describe(was) !== describe(page)) changed.push([page, was], [was, page]);
  }
  for (const [key, page] of old) if (!now.has(key)) changed.push([page, undefined]);
  for (const [page, other] of changed) {
    if (page.key.startsWith('date/')) continue; // dates are found in the text, not through pages
    if (page.key.startsWith('issue/')) {
      for (const form of [page.name, ...page.aliases]) delta.issueForms.add(comparisonForm(form));
      delta.issueFamilies.add(issueFamily(page.name, lexicon));
      continue;
    }
    // A pattern both versions of a page have matches as before: only the ones added or dropped count, so an
    // alias added to a page most articles name touches the articles holding the alias, not all of those.
    const kept = new Set(other ? pagePatterns(other, lexicon).map(signature) : []);
    for (const pattern of pagePatterns(page, lexicon)) {
      if (kept.has(signature(pattern))) continue;
      const first = tokenize(pattern.surface)[0];
      if (first) delta.firstTokens.add(first.text);
    }
  }
  return delta;
}

/** Whether the change can alter this article's extraction (its analysis holds its issue phrases); `lexicon` is the delta's. */
export function touches(delta: NamesDelta, article: ArticleText, analysis: ArticleAnalysis, lexicon: Lexicon): boolean {
  if (delta.all) return true;
  if (delta.firstTokens.size > 0) {
    for (const raw of [article.title, ...article.paragraphs]) {
      // Most texts hold none of the tokens even as a substring: only those are split into tokens.
      const text = normaliseForMatch(raw);
      let maybe = false;
      for (const token of delta.firstTokens) {
        if (text.includes(token)) {
          maybe = true;
          break;
        }
      }
      if (!maybe) continue;
      for (const token of tokenize(text)) if (delta.firstTokens.has(token.text)) return true;
    }
  }
  if (delta.issueForms.size > 0 || delta.issueFamilies.size > 0) {
    for (const findings of analysis.texts) {
      for (const cue of findings.cues) {
        for (const phrase of cue.phrases) {
          if (delta.issueForms.has(comparisonForm(phrase.text)) || delta.issueFamilies.has(issueFamily(phrase.text, lexicon))) return true;
        }
      }
    }
  }
  return false;
}
