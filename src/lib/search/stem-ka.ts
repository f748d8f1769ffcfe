import { after, anyLetter, endings, notAfter, stripAll, stripOnce } from './suffixes';

const VOWELS = 'აეიოუ';
const MIN = 3;

// The particle -ც ("too") follows a vowel: ქალებიც, ქალაქშიც.
const PARTICLE = endings([['ც', after(VOWELS)]]);

// Case endings and postpositions. Before თან/თვის/გან/კენ a -ს after a vowel is a vowel stem's dative (გოგონასთან);
// -სთან only after ა, since consonant stems in -ეს/-ის/-ოს take plain -თან (პროცესთან, სერვისთან).
const CASES = endings([
  ['ისთვის ისგან ისკენ იდან ამდე თვის თან ში ზე ის ით ად ს', anyLetter],
  ['სთვის სგან სკენ დან მდე თი მ', after(VOWELS)],
  ['სთან', after('ა')],
  ['მა თა', notAfter(VOWELS)],
]);

// What is left after the case: plural -ებ, nominative -ი, vocative -ო and the stem vowel that -ის/-ებ truncate.
const TAIL = endings([['ებ ა ე ი ო', anyLetter]]);

/**
 * A light Georgian stemmer: one case ending or postposition, then the plural and the final vowels. It never keeps
 * fewer than three letters, so short words (ენა, ძმა) are left alone.
 */
export function stemKa(word: string): string {
  const stem = stripAll(stripOnce(stripOnce(word, PARTICLE, MIN), CASES, MIN), TAIL, MIN);
  if (stem.length <= MIN) return stem;
  // Ergative -მა after a consonant looks like a stem's own მ (ფორმა, რეფორმა), so no stem ends in consonant + მ.
  const unmarked = stem.replace(/([^აეიოუ])მ$/, '$1');
  // Syncope (სოფელი, სოფლის; ქვეყანა, ქვეყნის): drop the vowel before a final ლ/რ/ნ in every form so they meet.
  return unmarked.length > MIN ? unmarked.replace(/([^აეიოუ])[აე]([ლრნ])$/, '$1$2') : unmarked;
}
