import { LANGUAGES, type Lang } from '../lib/i18n/languages';
import { searchDocuments } from '../lib/search/documents';
import { buildShard } from '../lib/search/shard-build';
import { getCurriculum } from './curriculum';

/** The search index as the build writes it under /search/, and which shards each reader searches. */
export interface SearchFiles {
  /** Each file's path under /search/ and its content. */
  files: Map<string, string>;
  /** Languages that have texts, one shard each. */
  shards: Lang[];
  /** For each site language, the shards holding the texts its pages show (its own, and those it falls back to). */
  siteShards: Record<Lang, Lang[]>;
}

async function buildSearchFiles(): Promise<SearchFiles> {
  const docs = searchDocuments(await getCurriculum());
  const shards = LANGUAGES.filter((lang) => docs.some((doc) => doc.lang === lang));
  const files = new Map(
    shards.flatMap((lang) => [
      ...buildShard(
        docs.filter((doc) => doc.lang === lang),
        lang,
      ),
    ]),
  );
  const siteShards = Object.fromEntries(
    LANGUAGES.map((reader) => [
      reader,
      shards.filter((lang) => docs.some((d) => d.lang === lang && d.shownIn.includes(reader))),
    ]),
  ) as Record<Lang, Lang[]>;
  return { files, shards, siteShards };
}

let built: Promise<SearchFiles> | undefined;

/** The search files, built once per site build from the checked curriculum. */
export function getSearchFiles(): Promise<SearchFiles> {
  built ??= buildSearchFiles();
  return built;
}
