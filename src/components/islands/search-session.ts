import type { Lang } from '~/lib/i18n/languages';
import { SearchShard, type ShardHit } from '~/lib/search/shard-browser';

/** Where to search: the texts this site shows (its language and its fallbacks), every language, or one. */
export type Scope = 'site' | 'all' | Lang;

/** What a search found after the filters: the best hits to show and how many there were. */
export interface Found {
  query: string;
  hits: ShardHit[];
  total: number;
}

// Enough to scan on a phone; the count says when there were more.
const SHOWN = 20;

async function readFile(path: string): Promise<string> {
  const response = await fetch(`/search/${path}`);
  if (!response.ok) throw new Error(`/search/${path}: ${response.status}`);
  return response.text();
}

/** The search of one page: opens shards on first use and searches them with the reader's filters. */
export class SearchSession {
  private readonly opened = new Map<Lang, Promise<SearchShard>>();

  constructor(
    private readonly reader: Lang,
    private readonly siteShards: readonly Lang[],
    private readonly allShards: readonly Lang[],
  ) {}

  /** The shards a scope searches, opened (their heads loaded). */
  open(scope: Scope): Promise<SearchShard[]> {
    const langs = scope === 'site' ? this.siteShards : scope === 'all' ? this.allShards : [scope];
    return Promise.all(langs.map((lang) => this.shard(lang)));
  }

  /**
   * Searches as the reader types: first with what is loaded, at once, then again when the body chunks the query
   * needs have arrived, if any were missing.
   */
  async *search(query: string, scope: Scope, course: string): AsyncGenerator<Found> {
    const shards = await this.open(scope);
    yield this.collect(shards, query, scope, course);
    const grown = await Promise.all(shards.map((shard) => shard.prepare(query)));
    if (grown.some(Boolean)) yield this.collect(shards, query, scope, course);
  }

  /** The text of a hit's document, for its snippet. */
  async text(hit: ShardHit): Promise<string> {
    return (await this.shard(hit.lang)).text(hit.doc);
  }

  private collect(shards: SearchShard[], query: string, scope: Scope, course: string): Found {
    const hits = shards
      .flatMap((shard) => shard.search(query))
      .filter(({ row: [, , , docCourse, shownIn] }) => {
        const inScope = scope !== 'site' || shownIn.split(' ').includes(this.reader);
        return inScope && (!course || docCourse === course);
      })
      .sort((a, b) => b.score - a.score);
    return { query, hits: hits.slice(0, SHOWN), total: hits.length };
  }

  private shard(lang: Lang): Promise<SearchShard> {
    if (!this.opened.has(lang)) {
      const opening = SearchShard.open(lang, readFile);
      // A failed head (offline before it was ever cached) is fetched again on the next search.
      opening.catch(() => this.opened.delete(lang));
      this.opened.set(lang, opening);
    }
    return this.opened.get(lang)!;
  }
}
