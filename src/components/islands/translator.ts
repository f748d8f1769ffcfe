/** A translate function over the strings a page handed to its island; placeholders as in src/i18n. */
export function translator(strings: Record<string, string>) {
  return (key: string, params: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

export type Translate = ReturnType<typeof translator>;

/**
 * A `YYYY-MM-DD` day or a PocketBase timestamp as a date people read: `01.12.2026` in Georgian,
 * Azerbaijani and Armenian (browsers often lack those locales' month names), `1 Dec 2026` in English.
 */
export function formatDate(value: string, lang: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.replace(' ', 'T'));
  if (!day) return value;
  const [, year, month, date] = day;
  if (lang !== 'en') return `${date}.${month}.${year}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${year}-${month}-${date}T12:00:00Z`),
  );
}
