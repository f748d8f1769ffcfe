/** The writing systems the glossary's terms use, in the order their index rows are shown. */
export type Script = 'Geor' | 'Armn' | 'Latn';

export interface IndexRow {
  script: Script;
  /** Each first letter present, with the id of the first term that starts with it. */
  letters: { letter: string; id: string }[];
}

const SCRIPTS: [Script, RegExp][] = [
  ['Geor', /[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F]/u],
  ['Armn', /[\u0530-\u058F]/u],
  ['Latn', /\p{L}/u],
];

/** The script of a term, from its first letter. */
export function scriptOf(term: string): Script | null {
  const first = [...term].find((char) => /\p{L}/u.test(char));
  if (!first) return null;
  return SCRIPTS.find(([, pattern]) => pattern.test(first))![0];
}

/**
 * One row of first letters per script, for an alphabet index of terms already sorted for the
 * reader's language: the page's own script comes first, the others (terms shown by fallback) after.
 */
export function alphabetIndex(terms: { id: string; term: string }[], locale: string, firstScript: Script): IndexRow[] {
  const rows = new Map<Script, IndexRow>();
  for (const { id, term } of terms) {
    const script = scriptOf(term);
    if (!script) continue;
    const first = [...term.trim()][0];
    // Georgian is written in one case: upper-casing would turn Mkhedruli into Mtavruli capitals.
    const letter = script === 'Geor' ? first : first.toLocaleUpperCase(locale);
    const row = rows.get(script) ?? { script, letters: [] };
    if (!row.letters.some((entry) => entry.letter === letter)) row.letters.push({ letter, id });
    rows.set(script, row);
  }
  return [...rows.values()].sort((a, b) => Number(b.script === firstScript) - Number(a.script === firstScript));
}

/** The script a language is written in. */
export const SCRIPT_OF_LANG: Record<string, Script> = { ka: 'Geor', hy: 'Armn', en: 'Latn', az: 'Latn' };
