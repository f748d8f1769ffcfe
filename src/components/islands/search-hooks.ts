import { useEffect, useRef, useState } from 'preact/hooks';
import type { ShardHit } from '~/lib/search/shard-browser';
import type { SearchSession } from './search-session';

/** The texts of the hits shown, fetched once each as they appear, keyed `<lang>/<doc>`. */
export function useHitTexts(session: SearchSession, hits: readonly ShardHit[]): ReadonlyMap<string, string> {
  const [texts, setTexts] = useState(new Map<string, string>());
  const requested = useRef(new Set<string>());
  useEffect(() => {
    for (const hit of hits) {
      const key = `${hit.lang}/${hit.doc}`;
      if (requested.current.has(key)) continue;
      requested.current.add(key);
      // Offline, a text never opened before stays missing and its result shows without a snippet.
      session.text(hit).then(
        (text) => setTexts((known) => new Map(known).set(key, text)),
        () => requested.current.delete(key),
      );
    }
  }, [session, hits]);
  return texts;
}

/** `value` once it has stayed the same for `delay` ms: a screen reader hears the count when typing pauses. */
export function useSettled<T>(value: T, delay: number, initial: T): T {
  const [settled, setSettled] = useState(initial);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
