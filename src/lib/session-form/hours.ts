// Signed supervision time as people read it: hours, with one decimal only when needed.

/** `90` minutes → `1.5` (in the page's language: `1,5` in Georgian). */
export function formatHours(minutes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(Math.round(minutes / 6) / 10);
}

/** The bar's value, 0–100; a requirement of 0 reads as met. */
export function hoursPercent(signedMinutes: number, requiredMinutes: number): number {
  if (requiredMinutes <= 0) return 100;
  return Math.min(100, Math.round((signedMinutes / requiredMinutes) * 100));
}
