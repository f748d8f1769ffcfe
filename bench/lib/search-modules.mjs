// Ertad's search code is TypeScript; the bench bundles the parts it needs with esbuild and imports them,
// so it measures the very modules the site builds and ships.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { root } from '../../scripts/lib/root.mjs';

const ENTRY = `
export { readCurriculum } from './tests/search/read-curriculum';
export { LABELLED, recallAt5 } from './tests/search/recall';
export { searchDocuments } from './src/lib/search/documents';
export { buildShard } from './src/lib/search/shard-build';
export { SearchShard } from './src/lib/search/shard-browser';
export { buildIndex, searchIndex } from './src/lib/search/index';
`;

export async function loadSearchModules() {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    // yaml's CommonJS requires node built-ins by name.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const dir = mkdtempSync(join(tmpdir(), 'ertad-bench-search-'));
  const file = join(dir, 'search.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A module minified for the browser, gzipped: what a library costs a phone. */
export async function browserBytes(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}
