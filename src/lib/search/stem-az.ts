import { after, anyLetter, endings, notAfter, stripAll } from './suffixes';

const VOWELS = 'aıoueəiöü';
// The buffer n, s, y of ailənin, ailəsi, ailəyə cannot be told from a root's own (insanın, prosesi, saraya), so no
// stem ends in consonant + vowel (+ n, s or y): ailə, ailən, ailəs → ail and insan, insa → ins alike.
const BUFFERED_END = /^(.*[^aıoueəiöü])[aıoueəiöü][nsy]?$/;

// Plural, possessive, case and copula endings in all their harmony variants. The stem's vowels are not checked:
// loanwords often break harmony. -liyə is -lik plus the dative, not a vowel stem plus -yə.
const ENDINGS = endings([
  ['lar lər dan dən da də dakı dəki dır dir dur dür liyə>lik lüyə>lük', anyLetter],
  ['ın in un ün ı i u ü a ə la lə ımız imiz umuz ümüz ınız iniz unuz ünüz', notAfter(VOWELS)],
  ['ya yə yla ylə sı si su sü mız miz muz müz nız niz nuz nüz', after(VOWELS)],
]);

/**
 * A light Azerbaijani stemmer: strips endings until none is left (hüquqlarınızdan → hüquq), keeping two letters
 * so that roots like iş and ev survive. A proper noun's apostrophe (Bakı'da) ends the word.
 */
export function stemAz(word: string): string {
  const stem = stripAll(word.split("'")[0], ENDINGS, 2);
  // -lıq/-lik turn into -lığ/-liy before a vowel (azadlığı, bərabərliyi); give back the dictionary ending first.
  const dictionary = stem.replace(/ğ$/, 'q').replace(/l([iü])y$/, 'l$1k');
  return dictionary.replace(BUFFERED_END, (whole, kept: string) => (kept.length >= 2 ? kept : whole));
}
