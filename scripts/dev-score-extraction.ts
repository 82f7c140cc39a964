// Dev tool: runs extraction in two passes (no pages, then pages from everything found) over corpus texts and scores pass 2.
// Usage: PATH=$PWD/node_modules/.bin:$PATH npx tsx scripts/dev-score-extraction.ts [folder-or-file …] [--speed N] [--verbose]
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyseArticle, buildGazetteer, extractFromAnalysis } from '../src/kb/extract/index.ts';
import { scoreArticle, type Gold, type TypeScore } from '../src/kb/eval/score.ts';
import type { ArticleText, EntityKey, PageNames } from '../src/kb/types.ts';

/** Corpus format: headline, `key: value` headers, blank line, blank-line paragraphs; seed format: headline then a line each. */
function readArticle(file: string, gold: Gold & { published?: string }): ArticleText {
  const lines = readFileSync(file, 'utf8').replace(/\r/g, '').split('\n');
  const title = lines[0]!.trim();
  let i = 1;
  let published = gold.published ?? '';
  while (i < lines.length && /^[a-z]+: /.test(lines[i]!)) {
    const m = /^published: (\S+)/.exec(lines[i]!);
    if (m) published = m[1]!;
    i++;
  }
  const body = lines.slice(i).join('\n');
  const paragraphs = (/\n\s*\n/.test(body) ? body.split(/\n\s*\n/) : body.split('\n')).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  return { slug: basename(file, '.txt'), title, published, paragraphs };
}

function slugify(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const speedAt = args.indexOf('--speed');
const speed = speedAt >= 0 ? Number(args[speedAt + 1]) : 0;
const inputs = args.filter((a, k) => !a.startsWith('--') && !(speedAt >= 0 && k === speedAt + 1));
const files: string[] = [];
for (const input of inputs.length ? inputs : ['/work/shared/seed', '/work/shared/corpus']) {
  if (statSync(input).isDirectory()) for (const f of readdirSync(input).sort()) { if (f.endsWith('.txt')) files.push(join(input, f)); }
  else files.push(input);
}
const corpus = files
  .filter((f) => existsSync(f.replace(/\.txt$/, '.gold.json')))
  .map((f) => {
    const gold = JSON.parse(readFileSync(f.replace(/\.txt$/, '.gold.json'), 'utf8')) as Gold & { published?: string };
    return { file: f, gold, article: readArticle(f, gold) };
  });

const analyses = corpus.map((c) => analyseArticle(c.article));
const pass1Gazetteer = buildGazetteer([], []);
const pass1 = corpus.map((c, k) => extractFromAnalysis(c.article, analyses[k]!, pass1Gazetteer));
const pages = new Map<string, PageNames>();
for (const ex of pass1) {
  for (const e of ex.entities) {
    if (e.type === 'date') continue;
    const key = `${e.type}/${slugify(e.name)}` as EntityKey;
    const page = pages.get(key) ?? { key, name: e.name, aliases: [], ...(e.kind ? { kind: e.kind } : {}) };
    for (const a of e.aliases) if (!page.aliases.includes(a) && a !== page.name) page.aliases.push(a);
    pages.set(key, page);
  }
}
const gazetteer = buildGazetteer([...pages.values()], []);
const totals: Record<string, { rm: number; r: number; fm: number; f: number }> = {};
const line = (label: string, s: Record<string, TypeScore>): void => {
  const cells = Object.entries(s).map(([t, x]) => `${t} R ${x.recall.toFixed(2)} P ${x.precision.toFixed(2)}`);
  console.log(`${label.padEnd(48)} ${cells.join(' | ')}`);
};
corpus.forEach((c, k) => {
  const ex = extractFromAnalysis(c.article, analyses[k]!, gazetteer);
  const score = scoreArticle(ex.entities, c.gold);
  line(c.article.slug.slice(0, 48), score);
  for (const [t, x] of Object.entries(score)) {
    const tot = (totals[t] ??= { rm: 0, r: 0, fm: 0, f: 0 });
    tot.rm += x.requiredMatched; tot.r += x.required; tot.fm += x.foundMatched; tot.f += x.found;
    if (x.missed.length || x.extra.length) console.log(`    ${t}: missed ${JSON.stringify(x.missed)} extra ${JSON.stringify(x.extra)}`);
  }
  if (verbose) {
    for (const e of ex.entities) console.log(`      ${e.type} ${e.kind ?? ''} ${e.name}${e.key ? ` [${e.key}]` : ''} aliases=${JSON.stringify(e.aliases)}${e.memberOf ? ` memberOf=${e.memberOf}` : ''}${e.within ? ` within=${e.within}` : ''}${e.date ? ` ${e.date}` : ''}`);
    for (const p of ex.positions) console.log(`      position: ${p.party} ${p.stance} ${p.issue} (p${p.paragraph})`);
    for (const a of ex.ambiguous) console.log(`      ambiguous: ${a.surface} ${a.candidates.join(',')}`);
  }
});
console.log('pooled (pass 2):');
for (const [t, x] of Object.entries(totals)) {
  console.log(`  ${t.padEnd(6)} recall ${(x.rm / Math.max(1, x.r)).toFixed(3)} (${x.rm}/${x.r})  precision ${(x.fm / Math.max(1, x.f)).toFixed(3)} (${x.fm}/${x.f})`);
}
if (speed > 0) {
  const articles: ArticleText[] = [];
  for (let k = 0; k < speed; k++) {
    const a = corpus[k % corpus.length]!.article;
    articles.push({ ...a, slug: `${a.slug}-${k}`, paragraphs: a.paragraphs.map((p) => `${p} `) });
  }
  const t0 = performance.now();
  for (const a of articles) extractFromAnalysis(a, analyseArticle(a), gazetteer);
  const s = (performance.now() - t0) / 1000;
  console.log(`throughput: ${articles.length} articles in ${s.toFixed(2)} s = ${(articles.length / s).toFixed(0)} articles/s (analyse + extract)`);
}
