import { DEFAULT_LANG, isLang, type Lang } from './languages';

/**
 * Picks the site language that best fits an Accept-Language header (or navigator.languages
 * joined with commas): the highest-weighted tag whose primary subtag is one of ours.
 */
export function negotiateLanguage(acceptLanguage: string | null | undefined): Lang {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, position) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return {
        primary: tag.trim().toLowerCase().split('-')[0],
        weight: Number.isFinite(weight) ? weight : 0,
        position,
      };
    })
    .filter((entry) => entry.weight > 0 && isLang(entry.primary))
    .sort((a, b) => b.weight - a.weight || a.position - b.position);
  return ranked.length > 0 ? (ranked[0].primary as Lang) : DEFAULT_LANG;
}
