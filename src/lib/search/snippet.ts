import type { Lang } from '../i18n/languages';
import { collapseSpaces } from '../text/fold';
import { stemWord } from './stem';
import { positionOf, tokenise } from './tokenise';

/** A short excerpt of a body and where in it to highlight the matched words. */
export interface Snippet {
  /** Plain text; starts or ends with … where the body was cut. */
  text: string;
  /** `[start, end)` offsets in `text` of each matched word, in order. */
  ranges: Array<[start: number, end: number]>;
}

const ELLIPSIS = '…';

/**
 * An excerpt of about `length` characters around the first word whose stem is among `terms` (a search hit's
 * terms), cut at word boundaries; the start of the body when nothing matches.
 */
export function makeSnippet(body: string, terms: readonly string[], lang: Lang, length = 160): Snippet {
  const text = collapseSpaces(body);
  const wanted = new Set(terms);
  const words = tokenise(text, lang).map((token) => {
    const [start, size] = positionOf(token);
    return { start, end: start + size, hit: wanted.has(stemWord(token.toString(), lang)) };
  });
  const first = words.find((word) => word.hit);
  // Start a quarter of the length before the match, on a word, so the reader sees what leads to it.
  const wantedStart = first ? first.start - length / 4 : 0;
  const from = wantedStart > 0 ? (words.find((word) => word.start >= wantedStart)?.start ?? 0) : 0;
  const end = from + length;
  const lastWhole = words.filter((word) => word.end <= end).pop()?.end ?? end;
  const to = end >= text.length ? text.length : Math.max(lastWhole, first?.end ?? 0);
  const lead = from > 0 ? ELLIPSIS : '';
  const ranges = words
    .filter((word) => word.hit && word.start >= from && word.end <= to)
    .map((word): [number, number] => [word.start - from + lead.length, word.end - from + lead.length]);
  return { text: lead + text.slice(from, to) + (to < text.length ? ELLIPSIS : ''), ranges };
}
