import { describe, expect, it } from 'vitest';
import { stemHy } from './stem-hy';

// Each row: forms of one word (plural, cases, articles) that must share a stem.
const SAME_STEM: string[][] = [
  ['քաղաք', 'քաղաքը', 'քաղաքի', 'քաղաքին', 'քաղաքում', 'քաղաքից', 'քաղաքով', 'քաղաքներ', 'քաղաքների', 'քաղաքներում'],
  ['կազմակերպություն', 'կազմակերպությունը', 'կազմակերպության', 'կազմակերպությանը', 'կազմակերպությունից'],
  ['կազմակերպություններ', 'կազմակերպությունների', 'կազմակերպությամբ', 'կազմակերպություն'],
  ['երեխա', 'երեխան', 'երեխայի', 'երեխաներ', 'երեխաների', 'երեխաներից', 'երեխայով'],
  ['իրավունք', 'իրավունքներ', 'իրավունքների', 'իրավունքը'],
  ['համայնք', 'համայնքում', 'համայնքի', 'համայնքներ'],
  ['ներառում', 'ներառումը', 'ներառման', 'ներառումից'],
  ['դեր', 'դերը', 'դերեր'],
  ['կին', 'կանայք', 'կանանց', 'կնոջ'],
  ['մարդ', 'մարդու', 'մարդիկ', 'մարդկանց'],
];

const DIFFERENT: Array<[string, string]> = [
  ['քաղաք', 'քաղաքական'],
  ['ուսուցիչ', 'ուսուցում'],
  ['կին', 'կինո'],
];

describe('stemHy', () => {
  it('is tested on more than twenty word forms', () => {
    expect(new Set(SAME_STEM.flat()).size).toBeGreaterThan(20);
  });

  it.each(SAME_STEM.map((forms) => [forms[0], forms] as const))('gives every form of %s one stem', (_, forms) => {
    const stem = stemHy(forms[0]);
    for (const form of forms) expect([form, stemHy(form)]).toEqual([form, stem]);
  });

  it.each(DIFFERENT)('keeps %s and %s apart', (a, b) => {
    expect(stemHy(a)).not.toBe(stemHy(b));
  });
});
