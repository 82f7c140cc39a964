// `npm run merge -- <shard dist folders…> --out dist`: the shards of a sharded build (npm run build -- --shard
// i/N, each in its own folder) merged into one site, checked against shard 1's manifest (tools/shards/merge-sites.ts).
import { parseArgs } from 'node:util';
import { mergeSites } from '../tools/shards/merge-sites.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string', default: 'dist' } }, allowPositionals: true });
if (positionals.length === 0) {
  console.error('Usage: npm run merge -- SHARD_DIR… [--out DIR]   (each SHARD_DIR built by npm run build -- --shard i/N)');
  process.exit(1);
}
try {
  const merged = mergeSites(positionals, values.out);
  console.log(`merged ${merged.parts} shards into ${values.out}: ${merged.files} files, ${(merged.bytes / 1048576).toFixed(1)} MiB (${merged.shared} shared files identical in several shards)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
