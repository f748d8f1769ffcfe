/** A translate function over the strings a page handed to its island; placeholders as in src/i18n. */
export function translator(strings: Record<string, string>) {
  return (key: string, params: Record<string, string | number> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate = ReturnType<typeof translator>;

/** A `YYYY-MM-DD` day or a PocketBase timestamp as the page's language writes dates. */
export function formatDate(value: string, lang: string): string {
  if (!value) return '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value.replace(' ', 'T');
  const date = new Date(day);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleDateString(lang, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
}
