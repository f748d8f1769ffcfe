import { after, anyLetter, endings, notAfter, stripAll } from './suffixes';

// ւ is left out: ուն (ություն, տուն) is not a vowel followed by the article -ն.
const VOWELS = 'աեէըիոօ';

// Plural, case and article endings; -ության and -ությամբ are the oblique forms of -ություն.
const ENDINGS = endings([
  ['ներ ից ով ում ման ության>ություն ությամբ>ություն', anyLetter],
  ['եր ի ու ը', notAfter(VOWELS)],
  ['ն յ', after(VOWELS)],
]);

// The irregular plurals and oblique stems of the words a gender-equality course uses most.
const IRREGULAR: Readonly<Record<string, string>> = {
  կնոջ: 'կին',
  կանայք: 'կին',
  կանանց: 'կին',
  մարդիկ: 'մարդ',
  մարդկանց: 'մարդ',
};

/** A light Eastern Armenian stemmer: strips plural, case and article endings until none is left. */
export function stemHy(word: string): string {
  const stem = stripAll(word, ENDINGS, 3);
  return IRREGULAR[stem] ?? stem;
}
