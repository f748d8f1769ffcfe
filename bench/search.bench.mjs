// Site search: lunr's default pipeline, Ertad's pipeline and shards, MiniSearch and Pagefind, on the starter
// curriculum and on a generated 1,000-module corpus, from one run. Each engine indexes the same texts (modules,
// glossary terms and programmes, one index per language they are written in); Pagefind indexes the same pages of
// the built site. Queries are the labelled set of tests/search/labelled-queries.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from '../scripts/lib/root.mjs';
import { pageWeight } from '../scripts/lib/page-weight.mjs';
import { buildSite } from '../scripts/lib/site-build.mjs';
import { buildInto } from './lib/build-into.mjs';
import { writeCorpus } from './lib/corpus.mjs';
import { pagefindEngine } from './lib/pagefind-engine.mjs';
import { ertad, gzip, lunrDefault, miniSearch } from './lib/search-engines.mjs';
import { browserBytes, loadSearchModules } from './lib/search-modules.mjs';

const LANGS = ['ka', 'en', 'az', 'hy'];
const READER = 'ka';
const require = createRequire(import.meta.url);
const kb = (bytes) => bytes / 1024;

/** Every prefix of every labelled query, as typed key by key, with its language. */
const keystrokes = (labelled) =>
  LANGS.flatMap((lang) =>
    labelled[lang].flatMap(({ query }) => [...query].map((_, i) => [lang, query.slice(0, i + 1)])),
  );

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** p50 and p95 milliseconds of one query per keystroke, after a first pass that loads and warms everything. */
async function latency(engine, typed) {
  for (const [lang, text] of typed) await engine.query(lang, text);
  const times = [];
  for (const [lang, text] of typed) {
    const started = performance.now();
    const result = engine.query(lang, text);
    if (result instanceof Promise) await result;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The labelled queries for an engine that finds pages: the glossary page stands for each of its terms. */
const pageLevel = (queries) =>
  queries.map((q) => ({ ...q, expect: [...new Set(q.expect.map((id) => id.replace(/#.*$/, '')))] }));

async function measure(name, engine, corpus, search) {
  const recall = {};
  for (const lang of LANGS) {
    const queries = engine.findsPages ? pageLevel(search.LABELLED[lang]) : search.LABELLED[lang];
    recall[lang] = corpus.labelled ? await search.recallAt5(queries, (text) => engine.ids(lang, text)) : undefined;
  }
  const { p50, p95 } = await latency(engine, keystrokes(search.LABELLED));
  let firstResult = 0;
  for (const { query } of search.LABELLED[READER])
    firstResult = Math.max(firstResult, await engine.firstResult(corpus.readerShards, query));
  return {
    engine: name,
    corpus: corpus.name,
    docs: engine.pages ?? corpus.docs.length,
    'index KB': kb(engine.index.raw),
    'index KB gz': kb(engine.index.gzip),
    'texts KB gz': engine.texts ? kb(engine.texts.gzip) : '—',
    'build ms': engine.buildMs,
    'p50 ms': p50,
    'p95 ms': p95,
    ...Object.fromEntries(LANGS.map((lang) => [`R@5 ${lang}`, recall[lang] ?? '—'])),
    'first result KB gz': kb(firstResult),
  };
}

async function benchCorpus(corpus, search, runtimes) {
  const rows = [];
  const engines = [
    ['lunr (default pipeline)', () => lunrDefault(corpus.docs, runtimes.lunr)],
    ["lunr (Ertad's pipeline, shards)", () => ertad(search, corpus.docs, corpus.searchPageJs)],
    ['MiniSearch (prefix, fuzzy 0.2)', () => miniSearch(corpus.docs, runtimes.miniSearch)],
    ['MiniSearch (prefix only)', () => miniSearch(corpus.docs, runtimes.miniSearch, { fuzzy: 0 })],
    ['Pagefind', () => pagefindEngine(corpus.dist)],
  ];
  for (const [name, make] of engines) {
    const engine = await make();
    try {
      rows.push(await measure(name, engine, corpus, search));
    } finally {
      engine.close?.();
    }
  }
  return rows;
}

function goals(rows) {
  const row = (engine, corpus) => rows.find((r) => r.engine.startsWith(engine) && r.corpus === corpus);
  const ours = (corpus) => row("lunr (Ertad's", corpus);
  const peers = rows.filter((r) => r.corpus === 'starter' && r !== ours('starter'));
  const beats = (lang) => peers.every((peer) => ours('starter')[`R@5 ${lang}`] > peer[`R@5 ${lang}`]);
  const goal = (text, measured, met) => ({ goal: text, measured, met: met ? 'yes' : 'no' });
  return [
    goal(
      'Ertad recall@5 ≥ 0.9 in every language (starter)',
      LANGS.map((l) => ours('starter')[`R@5 ${l}`].toFixed(2)).join(' / '),
      LANGS.every((l) => ours('starter')[`R@5 ${l}`] >= 0.9),
    ),
    goal(
      "Ertad's recall beats every peer on ka",
      peers.map((p) => `${p.engine} ${p['R@5 ka'].toFixed(2)}`).join(', '),
      beats('ka'),
    ),
    goal(
      "Ertad's recall beats every peer on hy",
      peers.map((p) => `${p.engine} ${p['R@5 hy'].toFixed(2)}`).join(', '),
      beats('hy'),
    ),
    goal(
      'p95 query < 5 ms on 1,000 modules',
      `${ours('1,000 modules')['p95 ms'].toFixed(2)} ms`,
      ours('1,000 modules')['p95 ms'] < 5,
    ),
    goal(
      'first result < 300 KB gz on 1,000 modules',
      `${ours('1,000 modules')['first result KB gz'].toFixed(1)} KB`,
      ours('1,000 modules')['first result KB gz'] < 300,
    ),
    goal(
      'first result < 60 KB gz on the starter curriculum',
      `${ours('starter')['first result KB gz'].toFixed(1)} KB`,
      ours('starter')['first result KB gz'] < 60,
    ),
  ];
}

export async function run() {
  const search = await loadSearchModules();
  const runtimes = {
    lunr: gzip(await browserBytes(require.resolve('lunr'))),
    miniSearch: gzip(await browserBytes(require.resolve('minisearch'))),
  };
  const corpusDir = mkdtempSync(join(tmpdir(), 'ertad-bench-search-corpus-'));
  try {
    buildSite();
    writeCorpus(corpusDir, root, { courseCount: 100, modulesPerCourse: 10 });
    const { outDir } = await buildInto(corpusDir);
    const corpora = [
      { name: 'starter', dir: root, dist: join(root, 'dist'), labelled: true },
      { name: '1,000 modules', dir: corpusDir, dist: outDir, labelled: false },
    ].map((corpus) => {
      const docs = search.searchDocuments(search.readCurriculum(corpus.dir));
      const readerShards = LANGS.filter((lang) => docs.some((d) => d.lang === lang && d.shownIn.includes(READER)));
      return { ...corpus, docs, readerShards, searchPageJs: pageWeight(corpus.dist, `/${READER}/search/`).js.gzip };
    });
    const rows = [];
    for (const corpus of corpora) rows.push(...(await benchCorpus(corpus, search, runtimes)));
    return [
      {
        title:
          'Site search: lunr, Ertad, MiniSearch, Pagefind (first result: worst ka query, cold, search JS included)',
        rows,
      },
      { title: 'Site search goals', rows: goals(rows) },
    ];
  } finally {
    rmSync(corpusDir, { recursive: true, force: true });
  }
}
