// `npm run merge`: the shards of a sharded build, each a built site folder, merged into one. Every file is
// copied once; a path two shards both hold must have the same bytes (Astro's hashed assets, the public files),
// else it is an error naming both. The merged site must then hold shard 1's manifest and every part and Pagefind
// bundle it lists, with the counts it gives, and no part it does not list. The result is written beside the
// output folder and swapped in only when every check passed.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { KB_MANIFEST_PATH, kbPartPath, type KbManifest, type KbPart } from '../../src/kb/graph/kb-parts.ts';

export interface MergeSummary {
  files: number;
  bytes: number;
  /** Paths more than one shard held, with the same bytes. */
  shared: number;
  parts: number;
}

function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name), root) : [relative(root, join(dir, entry.name))],
  );
}

function sameBytes(a: string, b: string): boolean {
  return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
}

/** What is wrong with the merged site's manifest and parts; empty when all is well. */
export function manifestProblems(siteDir: string): string[] {
  const manifestFile = join(siteDir, KB_MANIFEST_PATH);
  if (!existsSync(manifestFile)) return [`No shard holds ${KB_MANIFEST_PATH}: merge every shard of the build, shard 1 among them (npm run build -- --shard 1/N).`];
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as KbManifest;
  const problems: string[] = [];
  const listed = new Set<string>();
  for (let shard = 1; shard <= manifest.shards; shard++) {
    const part = manifest.parts.find((entry) => entry.shard === shard);
    const path = kbPartPath(shard);
    listed.add(path);
    if (!part || !part.url.endsWith(path)) {
      problems.push(`${KB_MANIFEST_PATH} does not list shard ${shard} of ${manifest.shards} at ${path}.`);
      continue;
    }
    if (!existsSync(join(siteDir, path))) {
      problems.push(`${path} (shard ${shard} of ${manifest.shards}) is missing: merge that shard's build too (npm run build -- --shard ${shard}/${manifest.shards}).`);
      continue;
    }
    const data = JSON.parse(readFileSync(join(siteDir, path), 'utf8')) as KbPart;
    if (data.shard?.index !== shard || data.shard.count !== manifest.shards) {
      problems.push(`${path} says it is shard ${data.shard?.index}/${data.shard?.count}, the manifest shard ${shard}/${manifest.shards}: the shards come from different builds.`);
    } else if (data.articles.length !== part.articles || data.entities.length !== part.entities) {
      problems.push(`${path} holds ${data.articles.length} articles and ${data.entities.length} entities, the manifest ${part.articles} and ${part.entities}: the shards come from different builds of the content.`);
    }
    const bundle = part.search.replace(/^.*\/([^/]+)\/$/, '$1');
    if (!existsSync(join(siteDir, bundle, 'pagefind-entry.json'))) problems.push(`Shard ${shard}'s search index ${bundle}/ is missing from the merged site.`);
  }
  const partsDir = join(siteDir, dirname(KB_MANIFEST_PATH));
  for (const file of readdirSync(partsDir)) {
    const path = `${dirname(KB_MANIFEST_PATH)}/${file}`;
    if (/^part-\d+\.json$/.test(file) && !listed.has(path)) problems.push(`${path} is not listed in ${KB_MANIFEST_PATH}: it comes from a build with more shards.`);
  }
  return problems;
}

/** Merges the built shard folders `shardDirs` into `outDir` (replaced only when the merge succeeds). */
export function mergeSites(shardDirs: string[], outDir: string): MergeSummary {
  const out = resolve(outDir);
  const sources = new Map<string, string>();
  const conflicts: string[] = [];
  let shared = 0;
  for (const dir of shardDirs.map((d) => resolve(d))) {
    if (dir === out) throw new Error(`The output folder ${outDir} is also a shard to merge: write the merged site to another folder (--out).`);
    const partsDir = join(dir, dirname(KB_MANIFEST_PATH));
    if (!existsSync(partsDir) || !readdirSync(partsDir).some((file) => /^part-\d+\.json$/.test(file))) {
      throw new Error(`${dir} holds no kb part: it is not the output of a sharded build (npm run build -- --shard i/N).`);
    }
    for (const file of filesUnder(dir)) {
      const first = sources.get(file);
      if (first === undefined) sources.set(file, dir);
      else if (sameBytes(join(first, file), join(dir, file))) shared++;
      else conflicts.push(`${file} differs between ${first} and ${dir}: the shards must come from one build of the same content and code.`);
    }
  }
  if (conflicts.length > 0) throw new Error(`The shards cannot be merged:\n${conflicts.join('\n')}`);

  const staging = `${out}.merging`;
  rmSync(staging, { recursive: true, force: true });
  let bytes = 0;
  for (const [file, dir] of sources) {
    const target = join(staging, file);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(dir, file), target);
    bytes += statSync(target).size;
  }
  const problems = manifestProblems(staging);
  if (problems.length > 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`The merged site is incomplete; ${outDir} is unchanged:\n${problems.join('\n')}`);
  }
  const parts = (JSON.parse(readFileSync(join(staging, KB_MANIFEST_PATH), 'utf8')) as KbManifest).shards;
  rmSync(`${out}.old`, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, `${out}.old`);
  renameSync(staging, out);
  rmSync(`${out}.old`, { recursive: true, force: true });
  return { files: sources.size, bytes, shared, parts };
}
