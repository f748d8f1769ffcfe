/** Tests the letter just before an ending (the last letter of what would be the stem). */
export type LetterTest = (letter: string) => boolean;

/** An ending a light stemmer may remove or replace. */
interface Ending {
  suffix: string;
  replacement: string;
  fits: LetterTest;
}

export const anyLetter: LetterTest = () => true;
export const after =
  (letters: string): LetterTest =>
  (letter) =>
    letters.includes(letter);
export const notAfter =
  (letters: string): LetterTest =>
  (letter) =>
    !letters.includes(letter);

/**
 * Turns `[list, test]` pairs into endings, longest first so `-ისთვის` wins over `-ის`. A list is space-separated;
 * `from>to` replaces the ending instead of removing it.
 */
export function endings(groups: ReadonlyArray<readonly [string, LetterTest]>): Ending[] {
  return groups
    .flatMap(([list, fits]) =>
      list.split(' ').map((entry) => {
        const [suffix, replacement = ''] = entry.split('>');
        return { suffix, replacement, fits };
      }),
    )
    .sort((a, b) => b.suffix.length - a.suffix.length);
}

/** Removes the longest ending that fits, keeping at least `min` letters; returns the word unchanged if none does. */
export function stripOnce(word: string, list: readonly Ending[], min: number): string {
  for (const { suffix, replacement, fits } of list) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, word.length - suffix.length);
    if (stem.length + replacement.length >= min && fits(stem[stem.length - 1])) return stem + replacement;
  }
  return word;
}

/** Removes endings one after another (plural, possessive, case…) until none fits. */
export function stripAll(word: string, list: readonly Ending[], min: number): string {
  // Bounded, so that a replacement feeding another rule can never loop.
  for (let round = 0; round < 8; round++) {
    const stem = stripOnce(word, list, min);
    if (stem === word) break;
    word = stem;
  }
  return word;
}
