import { describe, expect, it } from 'vitest';
import { stemAz } from './stem-az';

// Each row: forms of one word (plural, possessive, case, both vowel harmonies) that must share a stem.
const SAME_STEM: string[][] = [
  ['hüquq', 'hüquqlar', 'hüquqları', 'hüquqların', 'hüququ', 'hüququn', 'hüquqlarını', 'hüquqda', 'hüquqlarınızdan'],
  ['təşkilat', 'təşkilatlar', 'təşkilatın', 'təşkilatda', 'təşkilatdan', 'təşkilatlara', 'təşkilatımız'],
  ['ailə', 'ailələr', 'ailənin', 'ailəyə', 'ailədə', 'ailəsi', 'ailəniz'],
  ['bərabərlik', 'bərabərliyi', 'bərabərliyin', 'bərabərliyə', 'bərabərlikdə'],
  ['azadlıq', 'azadlığı', 'azadlığın'],
  ['şəhər', 'şəhərdə', 'şəhərin', 'şəhərlər', 'şəhərinə'],
  ['insan', 'insanın', 'insanı', 'insana', 'insanların'],
  ['qadın', 'qadınlar', 'qadınların', 'qadına'],
  ['iş', 'işlər', 'işdə'],
  ['Bakı', 'Bakıda', "Bakı'da"].map((word) => word.toLowerCase()),
  ['proses', 'prosesi', 'prosesin'],
];

const DIFFERENT: Array<[string, string]> = [
  ['qadın', 'qanun'],
  ['şəhər', 'şəhərli'],
  ['iş', 'işçi'],
];

describe('stemAz', () => {
  it('is tested on more than twenty word forms', () => {
    expect(new Set(SAME_STEM.flat()).size).toBeGreaterThan(20);
  });

  it.each(SAME_STEM.map((forms) => [forms[0], forms] as const))('gives every form of %s one stem', (_, forms) => {
    const stem = stemAz(forms[0]);
    for (const form of forms) expect([form, stemAz(form)]).toEqual([form, stem]);
  });

  it.each(DIFFERENT)('keeps %s and %s apart', (a, b) => {
    expect(stemAz(a)).not.toBe(stemAz(b));
  });

  it('gives -lik and -lıq nouns back their dictionary ending', () => {
    expect(stemAz('bərabərliyi')).toBe('bərabərlik');
    expect(stemAz('azadlığı')).toBe('azadlıq');
  });
});
