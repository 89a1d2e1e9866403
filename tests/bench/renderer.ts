/** The built renderer's chunks: the first one (loaded by index.html) against its 350 kB target, and whether zod found its way in. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DIST = resolve(import.meta.dirname, '../../renderer/dist');
const FIRST_CHUNK_TARGET_KB = 350;
/** zod's own error class name: in a chunk only when zod is bundled. */
const ZOD_SIGNATURE = 'ZodError';

export function printChunkSizes(): void {
  const first = /<script[^>]+src="\.\/assets\/([^"]+\.js)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1];
  const assets = join(DIST, 'assets');
  console.log('renderer chunks');
  for (const name of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
    const kb = statSync(join(assets, name)).size / 1000;
    const zod = readFileSync(join(assets, name), 'utf8').includes(ZOD_SIGNATURE) ? '   zod included' : '';
    const target = name === first ? `   first chunk (target ${FIRST_CHUNK_TARGET_KB} kB: ${kb <= FIRST_CHUNK_TARGET_KB ? 'met' : 'NOT MET'})` : '';
    console.log(`  ${name.padEnd(42)} ${kb.toFixed(1).padStart(7)} kB${target}${zod}`);
  }
}
