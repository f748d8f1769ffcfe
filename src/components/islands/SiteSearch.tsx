import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '~/lib/i18n/languages';
import { fillPlaceholders } from '~/lib/i18n/placeholders';
import type { UiKey } from '~/lib/i18n/translate';
import type { SearchShard } from '~/lib/search/shard-browser';
import { docUrl } from '~/lib/search/shard-format';
import { keepForOffline } from './offline';
import { useHitTexts, useSettled } from './search-hooks';
import SearchResult from './SearchResult';
import { SearchSession, type Found, type Scope } from './search-session';

interface Props {
  lang: Lang;
  /** The search.* strings, translated at build time so no dictionary ships. */
  strings: Partial<Record<UiKey, string>>;
  /** Each course's id and title in the reader's language, for the filter and the results. */
  courses: Array<[id: string, title: string]>;
  /** Each language's name in itself. */
  languageNames: Record<Lang, string>;
  /** The shards this site's texts are in, and all the shards there are. */
  siteShards: Lang[];
  shards: Lang[];
}

// One empty list for "no results yet", so the effect that fetches texts does not rerun on every render.
const NONE: never[] = [];

/** The search page: results as the reader types, filters by language and course, arrow keys through results. */
export default function SiteSearch({ lang, strings, courses, languageNames, siteShards, shards }: Props) {
  const t = (key: UiKey, params: Record<string, string | number> = {}) => fillPlaceholders(strings[key] ?? key, params);
  const session = useMemo(() => new SearchSession(lang, siteShards, shards), [lang, siteShards, shards]);
  const courseTitles = useMemo(() => new Map(courses), [courses]);
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<Scope>('site');
  const [course, setCourse] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [failed, setFailed] = useState(false);
  const [offline, setOffline] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLOListElement>(null);

  // The site's shards open with the page, so the first key finds them in memory; then they are kept for offline,
  // where the browser allows it (a browser without service workers still searches online).
  useEffect(() => {
    // What was typed before this island woke up (on a slow phone) counts; else the query kept in the address.
    setQuery(input.current?.value || (new URLSearchParams(location.search).get('q') ?? ''));
    const keep = (opened: SearchShard[]) =>
      keepForOffline(
        `/${lang}/search/`,
        opened.flatMap((shard) => shard.indexFiles().map((file) => `/search/${file}`)),
      ).catch(() => false);
    session
      .open('site')
      .then(keep)
      .then(setOffline, () => setFailed(true));
  }, [session]);

  useEffect(() => {
    // Kept in the address, so that going back from a result shows the same results.
    history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    let current = true;
    (async () => {
      for await (const next of session.search(query, scope, course)) if (current) setFound(next);
    })().then(
      () => current && setFailed(false),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [session, query, scope, course]);

  const texts = useHitTexts(session, found?.hits ?? NONE);

  const links = () => [...(list.current?.querySelectorAll('a') ?? [])];
  const moveFrom = (event: KeyboardEvent, index: number) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step === undefined && event.key !== 'Escape') return;
    event.preventDefault();
    const next = event.key === 'Escape' ? undefined : links()[index + step!];
    (next ?? input.current)?.focus();
  };
  const openFirst = (event: Event) => {
    event.preventDefault();
    const first = found?.hits[0];
    if (first) location.assign(docUrl(first.row, first.lang, lang));
  };
  const context = (hit: Found['hits'][number]) => {
    const [, , kind, courseId] = hit.row;
    const parts = [t(`search.kind.${kind}`), courseTitles.get(courseId), hit.lang !== lang && languageNames[hit.lang]];
    return parts.filter(Boolean).join(' · ');
  };

  // The previous results stay until the new ones arrive, so typing does not flicker.
  const shown = query.trim() ? found : null;
  const status = failed
    ? t('search.failed')
    : !query.trim()
      ? ''
      : !shown
        ? t('search.loading')
        : shown.total === 0
          ? t('search.none', { query: query.trim() })
          : t(shown.total === 1 ? 'search.count.one' : 'search.count.other', { count: shown.total });

  const announced = useSettled(status, 600, '');

  return (
    <div class="site-search">
      <form role="search" class="filters" onSubmit={openFirst}>
        <label class="search-field">
          {t('search.label')}
          <input
            ref={input}
            type="search"
            value={query}
            autoComplete="off"
            autoFocus
            data-search-input
            aria-describedby="search-keys"
            onInput={(event) => setQuery(event.currentTarget.value)}
            onKeyDown={(event) => event.key === 'ArrowDown' && moveFrom(event, -1)}
          />
        </label>
        <label>
          {t('search.scope')}
          <select value={scope} onChange={(event) => setScope(event.currentTarget.value as Scope)}>
            <option value="site">{t('search.scope.site')}</option>
            <option value="all">{t('search.scope.all')}</option>
            {shards.map((shard) => (
              <option value={shard} lang={shard}>
                {languageNames[shard]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('search.course')}
          <select value={course} onChange={(event) => setCourse(event.currentTarget.value)}>
            <option value="">{t('search.course.all')}</option>
            {courses.map(([id, title]) => (
              <option value={id}>{title}</option>
            ))}
          </select>
        </label>
      </form>
      <p class="hint" id="search-keys">
        {t('search.keys')}
      </p>
      <p role="status" class="search-status">
        {announced}
      </p>
      {shown?.total === 0 && scope !== 'all' && (
        <p>
          {t('search.noneHint')}{' '}
          <button type="button" class="button secondary" onClick={() => setScope('all')}>
            {t('search.tryAll')}
          </button>
        </p>
      )}
      {shown && shown.total > 0 && (
        <>
          <h2 class="visually-hidden">{t('search.results')}</h2>
          <ol
            class="search-results"
            ref={list}
            onKeyDown={(event) => moveFrom(event, links().indexOf(document.activeElement as HTMLAnchorElement))}
          >
            {shown.hits.map((hit) => (
              <SearchResult
                key={`${hit.lang}/${hit.doc}`}
                hit={hit}
                reader={lang}
                text={texts.get(`${hit.lang}/${hit.doc}`)}
                context={context(hit)}
              />
            ))}
          </ol>
          {shown.total > shown.hits.length && (
            <p class="hint">{t('search.firstShown', { shown: shown.hits.length })}</p>
          )}
        </>
      )}
      {offline && <p class="hint">{t('search.offline')}</p>}
    </div>
  );
}
