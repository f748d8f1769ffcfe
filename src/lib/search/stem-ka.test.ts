import { describe, expect, it } from 'vitest';
import { stemKa } from './stem-ka';

// Each row: forms of one word (cases, postpositions, plural, syncope) that must share a stem.
const SAME_STEM: string[][] = [
  ['მუნიციპალიტეტი', 'მუნიციპალიტეტის', 'მუნიციპალიტეტში', 'მუნიციპალიტეტმა', 'მუნიციპალიტეტს'],
  ['მუნიციპალიტეტები', 'მუნიციპალიტეტების', 'მუნიციპალიტეტებთან', 'მუნიციპალიტეტი'],
  ['ინკლუზია', 'ინკლუზიის', 'ინკლუზიას', 'ინკლუზიით'],
  ['ორგანიზაცია', 'ორგანიზაციები', 'ორგანიზაციების', 'ორგანიზაციამ', 'ორგანიზაციაში', 'ორგანიზაციასთან'],
  ['ორგანიზაციებისთვის', 'ორგანიზაცია'],
  ['ქალი', 'ქალები', 'ქალების', 'ქალებისთვის', 'ქალმა', 'ქალს', 'ქალთა', 'ქალებიც'],
  ['უფლება', 'უფლებები', 'უფლებების', 'უფლებით', 'უფლებას'],
  ['სერვისი', 'სერვისები', 'სერვისების', 'სერვისთან', 'სერვისის', 'სერვისისთვის'],
  ['ქალაქი', 'ქალაქის', 'ქალაქში', 'ქალაქიდან', 'ქალაქმა', 'ქალაქშიც'],
  ['გოგონა', 'გოგონას', 'გოგონები', 'გოგონასთვის', 'გოგონამ', 'გოგონასთან'],
  ['სოფელი', 'სოფლის', 'სოფლები', 'სოფელში'],
  ['პროგრამა', 'პროგრამის', 'პროგრამები', 'პროგრამაში'],
  ['რეფორმა', 'რეფორმის', 'რეფორმები'],
  ['მასწავლებელი', 'მასწავლებლის', 'მასწავლებლები', 'მასწავლებელმა'],
  ['ქვეყანა', 'ქვეყნის', 'ქვეყნებში'],
  ['მონაწილე', 'მონაწილეები', 'მონაწილის', 'მონაწილეებმა'],
  ['პროცესი', 'პროცესთან', 'პროცესის'],
  ['ადამიანი', 'ადამიანის', 'ადამიანთა'],
];

// Different words that a too greedy stemmer would merge.
const DIFFERENT: Array<[string, string]> = [
  ['ქალი', 'ქალაქი'],
  ['ფორმა', 'ფორუმი'],
  ['ბავშვი', 'ბავშვობა'],
  ['სერვისი', 'სერვერი'],
  ['განათლება', 'განათლებული'],
  ['მუნიციპალიტეტი', 'მუნიციპალური'],
  ['უფლება', 'უფლებამოსილება'],
];

describe('stemKa', () => {
  it('is tested on more than forty word forms', () => {
    expect(new Set(SAME_STEM.flat()).size).toBeGreaterThan(40);
  });

  it.each(SAME_STEM.map((forms) => [forms[0], forms] as const))('gives every form of %s one stem', (_, forms) => {
    const stem = stemKa(forms[0]);
    for (const form of forms) expect([form, stemKa(form)]).toEqual([form, stem]);
  });

  it.each(DIFFERENT)('keeps %s and %s apart', (a, b) => {
    expect(stemKa(a)).not.toBe(stemKa(b));
  });

  it('never cuts a word below three letters', () => {
    expect(stemKa('ენა')).toBe('ენა');
    expect(stemKa('ძმა')).toBe('ძმა');
  });

  it('leaves words of other scripts alone', () => {
    expect(stemKa('gesi')).toBe('gesi');
  });
});
