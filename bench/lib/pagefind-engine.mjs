// Pagefind in the search bench: its Node API indexes the built HTML, and its own browser runtime (pagefind.js and
// its WebAssembly) searches the written files, run in Node with `fetch` reading them from disk.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { gzip, size } from './search-engines.mjs';

// The pages Ertad's index holds, and only their content: no header, navigation, quizzes or glossary tooltips.
const PAGES = '{ka,en,az,hy}/{courses/*/*,glossary,programs/*}/index.html';
const EXCLUDED = ['nav', '.quiz', '.toc', '.gesi-meta', '.glossary-definition', '.reflection textarea'];

function filesIn(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

let reading;
const realFetch = globalThis.fetch;
/** Serves file: URLs from disk, as a static host would, and counts what each search reads. */
async function fileFetch(input, init) {
  const url = String(input instanceof Request ? input.url : input);
  if (!url.startsWith('file:')) return realFetch(input, init);
  const bytes = readFileSync(new URL(url));
  reading?.(bytes);
  return new Response(bytes);
}

/** Indexes the built site in `distDir`; call `close` when done. */
export async function pagefindEngine(distDir) {
  const out = mkdtempSync(join(tmpdir(), 'ertad-bench-pagefind-'));
  const started = performance.now();
  const { index } = await pagefind.createIndex({ rootSelector: 'main', excludeSelectors: EXCLUDED });
  const { page_count: pages } = await index.addDirectory({ path: distDir, glob: PAGES });
  await index.writeFiles({ outputPath: out });
  const buildMs = performance.now() - started;
  await pagefind.close();
  const written = filesIn(out).map((path) => [path, readFileSync(path)]);
  const pick = (pattern) => written.filter(([path]) => pattern.test(path)).map(([, bytes]) => bytes);
  globalThis.fetch = fileFetch;

  let fresh = 0;
  /** A new Pagefind instance for pages in `lang` (as a page with `<html lang>` gets), with empty caches. */
  async function open(lang) {
    const runtime = await import(`${pathToFileURL(join(out, 'pagefind.js')).href}?instance=${fresh++}`);
    globalThis.document = { querySelector: () => ({ getAttribute: () => lang }) };
    const instance = runtime.createInstance({ basePath: `${pathToFileURL(out).href}/` });
    delete globalThis.document;
    await instance.init();
    return instance;
  }
  const instances = new Map();
  const instance = (lang) => {
    if (!instances.has(lang)) instances.set(lang, open(lang));
    return instances.get(lang);
  };
  const top = async (found, count) => Promise.all(found.results.slice(0, count).map((result) => result.data()));
  // Imported rather than fetched, so counted here; a browser also starts the search worker, which Node cannot run.
  const scriptBytes =
    gzip(readFileSync(join(out, 'pagefind.js'))) + gzip(readFileSync(join(out, 'pagefind-worker.js')));

  return {
    pages,
    // Results are pages: a glossary term is found when the glossary page is.
    findsPages: true,
    buildMs,
    index: size([...pick(/pf_(index|meta|filter)$/), ...pick(/pagefind-entry\.json$/)]),
    texts: size(pick(/pf_fragment$/)),
    ids: async (lang, text) => {
      const found = await (await instance(lang)).search(text);
      return (await top(found, 5)).map((data) => data.url.replace(/^\/[a-z]{2}\//, ''));
    },
    query: async (lang, text) => (await instance(lang)).search(text),
    firstResult: async ([lang], text) => {
      let bytes = scriptBytes;
      reading = (read) => (bytes += gzip(read));
      await top(await (await open(lang)).search(text), 1);
      reading = undefined;
      return bytes;
    },
    close: () => {
      globalThis.fetch = realFetch;
      rmSync(out, { recursive: true, force: true });
    },
  };
}
