// Browser side: searches a shard from its head file, fetching the body chunks a query needs.
import type lunr from 'lunr';
import type { Lang } from '../i18n/languages';
import { queryLookups, searchIndex, type SearchHit } from './index';
import { chunkFile, headFile, textFile, type DocRow, type Posting, type ShardHead } from './shard-format';
import { assembleIndex, chunksFor } from './shard-browser-index';

/** Reads a file of the search shards by its path under /search/; the browser fetches it, tests read it from memory. */
export type ReadFile = (path: string) => Promise<string>;

/** A search hit with the document it names and the language of its text. */
export interface ShardHit extends SearchHit {
  doc: number;
  row: DocRow;
  lang: Lang;
}

/** One language's shard in the browser: searches what it has loaded and loads the body chunks a query needs. */
export class SearchShard {
  private readonly chunks = new Map<number, Posting[]>();
  private readonly pending = new Map<number, Promise<void>>();
  private index: lunr.Index;

  private constructor(
    readonly head: ShardHead,
    private readonly read: ReadFile,
  ) {
    this.index = assembleIndex(head, this.chunks);
  }

  static async open(lang: Lang, read: ReadFile): Promise<SearchShard> {
    return new SearchShard(JSON.parse(await read(headFile(lang))) as ShardHead, read);
  }

  get lang(): Lang {
    return this.head.lang;
  }

  /** Loads the body chunks `query` needs that are not loaded yet; resolves true when the index grew. */
  async prepare(query: string): Promise<boolean> {
    const missing = chunksFor(this.head, queryLookups(query, this.lang)).filter((chunk) => !this.chunks.has(chunk));
    if (!missing.length) return false;
    await Promise.all(missing.map((chunk) => this.load(chunk)));
    this.index = assembleIndex(this.head, this.chunks);
    return true;
  }

  /** What the loaded parts find, best first; call `prepare` first for results the whole index would give. */
  search(query: string): ShardHit[] {
    return searchIndex(this.index, query, this.lang, { limit: Infinity }).map((hit) => {
      const doc = Number(hit.id);
      return { ...hit, doc, row: this.head.docs[doc], lang: this.lang };
    });
  }

  /** The plain text of a document, for its snippet. */
  text(doc: number): Promise<string> {
    return this.read(textFile(this.lang, doc));
  }

  /** The paths of every index file of the shard (not the texts), for the offline cache. */
  indexFiles(): string[] {
    return [headFile(this.lang), ...this.head.chunks.map((_, chunk) => chunkFile(this.lang, chunk))];
  }

  private load(chunk: number): Promise<void> {
    // Typing fires a search per key; a chunk already on its way is awaited, not fetched again.
    if (!this.pending.has(chunk)) {
      const loading = this.read(chunkFile(this.lang, chunk)).then((text) => {
        this.chunks.set(chunk, JSON.parse(text) as Posting[]);
      });
      loading.catch(() => this.pending.delete(chunk));
      this.pending.set(chunk, loading);
    }
    return this.pending.get(chunk)!;
  }
}
