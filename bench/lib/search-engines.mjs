// The in-memory engines the search bench compares, behind one shape:
// { buildMs, index, texts, ids(lang, query), query(lang, query), firstResult(langs, query) }.
// index and texts are { raw, gzip } bytes; ids resolves to document ids best first; query is the timed call;
// firstResult resolves to the gzip bytes a phone downloads before it can show the first result.
import { gzipSync } from 'node:zlib';
import lunr from 'lunr';
import MiniSearch from 'minisearch';

export const gzip = (data) => gzipSync(data, { level: 9 }).length;

/** Raw and gzip bytes of a list of files. */
export function size(contents) {
  const list = [...contents];
  return { raw: list.reduce((n, c) => n + Buffer.byteLength(c), 0), gzip: list.reduce((n, c) => n + gzip(c), 0) };
}

/** The documents of each language they are written in. */
export function byLang(docs) {
  const groups = new Map();
  for (const doc of docs) groups.set(doc.lang, [...(groups.get(doc.lang) ?? []), doc]);
  return groups;
}

/** An engine with one whole index per language, downloaded at once with a small store of titles. */
function wholeIndexes(docs, runtimeBytes, build, search) {
  const started = performance.now();
  const indexes = new Map([...byLang(docs)].map(([lang, list]) => [lang, build(list)]));
  const buildMs = performance.now() - started;
  const files = new Map(
    [...indexes].map(([lang, index]) => [
      lang,
      JSON.stringify({
        index,
        docs: byLang(docs)
          .get(lang)
          .map((d) => [d.id, d.title]),
      }),
    ]),
  );
  const query = (lang, text) => (indexes.has(lang) ? search(indexes.get(lang), text) : []);
  return {
    buildMs,
    index: size(files.values()),
    texts: null,
    ids: async (lang, text) => query(lang, text).map((hit) => hit.ref ?? hit.id),
    query,
    firstResult: async (langs) => runtimeBytes + langs.reduce((n, lang) => n + gzip(files.get(lang) ?? ''), 0),
  };
}

/** lunr as its README shows it: default pipeline (English trimmer, stop words, Porter stemmer), `index.search`. */
export function lunrDefault(docs, runtimeBytes) {
  const build = (list) =>
    lunr(function () {
      this.ref('id');
      this.field('title', { boost: 3 });
      this.field('body');
      for (const doc of list) this.add(doc);
    });
  const search = (index, text) => {
    try {
      return index.search(text);
    } catch {
      // lunr's query syntax rejects some half-typed text (a trailing ":" or "~"); a reader would see no results.
      return [];
    }
  };
  return wholeIndexes(docs, runtimeBytes, build, search);
}

/**
 * MiniSearch with the search-as-you-type options of its README: prefix matching, title boosted, and fuzzy matching
 * (edit distance up to a fifth of the word) unless `fuzzy` is 0.
 */
export function miniSearch(docs, runtimeBytes, { fuzzy = 0.2 } = {}) {
  const build = (list) => {
    const index = new MiniSearch({
      fields: ['title', 'body'],
      searchOptions: { boost: { title: 3 }, prefix: true, fuzzy },
    });
    index.addAll(list);
    return index;
  };
  return wholeIndexes(docs, runtimeBytes, build, (index, text) => index.search(text));
}

/** Ertad: per-language shards (head, body chunks by term range, texts), searched the way the browser does. */
export function ertad(search, docs, runtimeBytes) {
  const started = performance.now();
  const files = new Map([...byLang(docs)].flatMap(([lang, list]) => [...search.buildShard(list, lang)]));
  const buildMs = performance.now() - started;
  const isText = (path) => path.endsWith('.txt');
  // The shards rank exactly like one index over all their documents (shard-browser.test.ts), so queries are timed
  // on that whole index: the slowest case, every chunk loaded.
  const whole = new Map(
    [...byLang(docs)].map(([lang, list]) => [
      lang,
      search.buildIndex(
        list.map((d, n) => ({ ...d, id: String(n) })),
        lang,
      ),
    ]),
  );
  const opened = new Map();
  const shard = (lang) => {
    if (!opened.has(lang))
      opened.set(
        lang,
        search.SearchShard.open(lang, async (path) => files.get(path)),
      );
    return opened.get(lang);
  };
  return {
    buildMs,
    index: size([...files].filter(([path]) => !isText(path)).map(([, content]) => content)),
    texts: size([...files].filter(([path]) => isText(path)).map(([, content]) => content)),
    ids: async (lang, text) => {
      const found = await shard(lang);
      await found.prepare(text);
      return found.search(text).map((hit) => hit.row[0]);
    },
    query: (lang, text) =>
      whole.has(lang) ? search.searchIndex(whole.get(lang), text, lang, { limit: Infinity }) : [],
    firstResult: async (langs, text) => {
      let bytes = runtimeBytes;
      const read = async (path) => {
        bytes += gzip(files.get(path));
        return files.get(path);
      };
      const shards = await Promise.all(langs.map((lang) => search.SearchShard.open(lang, read)));
      await Promise.all(shards.map((s) => s.prepare(text)));
      const [best] = shards.flatMap((s) => s.search(text)).sort((a, b) => b.score - a.score);
      if (best) await shards.find((s) => s.lang === best.lang).text(best.doc);
      return bytes;
    },
  };
}
