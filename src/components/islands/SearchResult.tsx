import type { Lang } from '~/lib/i18n/languages';
import type { ShardHit } from '~/lib/search/shard-browser';
import { docUrl } from '~/lib/search/shard-format';
import { makeSnippet, type Snippet } from '~/lib/search/snippet';

interface Props {
  hit: ShardHit;
  reader: Lang;
  /** The document's text once it has arrived; the snippet waits for it. */
  text?: string;
  /** What the result is and where it sits, e.g. "Module · GESI foundations · ქართული". */
  context: string;
}

/** One search result: its title as a link, its context, and a snippet with the matched words marked. */
export default function SearchResult({ hit, reader, text, context }: Props) {
  const [, title] = hit.row;
  return (
    <li class="search-result">
      <a href={docUrl(hit.row, hit.lang, reader)} lang={hit.lang}>
        {title}
      </a>
      <p class="hint">{context}</p>
      {text !== undefined && (
        <p class="snippet" lang={hit.lang}>
          <Marked snippet={makeSnippet(text, hit.terms, hit.lang)} />
        </p>
      )}
    </li>
  );
}

function Marked({ snippet: { text, ranges } }: { snippet: Snippet }) {
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), <mark>{text.slice(start, end)}</mark>);
    at = end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
