import { describe, expect, it } from 'vitest';
import { quizDefinitionSchema, type ShortQuestion } from './schema';
import { matchesAccepted, normaliseShortAnswer } from './short-answer';

/** A short question accepting one answer per language given. */
function shortQuestion(accepted: { ka: string[]; en: string[]; az?: string[]; hy?: string[] }): ShortQuestion {
  const quiz = quizDefinitionSchema.parse({
    id: 'short-quiz',
    title: { ka: 'ტესტი', en: 'Test' },
    passMark: 50,
    questions: [{ id: 'q1', type: 'short', prompt: { ka: '?', en: '?' }, accepted }],
  });
  return quiz.questions[0] as ShortQuestion;
}

const intersectionality = shortQuestion({
  ka: ['ინტერსექციურობა'],
  en: ['intersectionality'],
  az: ['kəsişmə'],
  hy: ['խաչմերուկայնություն'],
});
const participation = shortQuestion({ ka: ['მონაწილეობა'], en: ['participation'], az: ['iştirakçılıq'] });
const equality = shortQuestion({ ka: ['თანასწორობა'], en: ['equality'], az: ['bərabərlik'] });
const inclusion = shortQuestion({ ka: ['ინკლუზია'], en: ['inclusion'] });

describe('normaliseShortAnswer', () => {
  it('folds case, collapses spaces and trims punctuation at the ends', () => {
    expect(normaliseShortAnswer('  "Gender   Equality!"  ', 'en')).toBe('gender equality');
  });
  it('keeps punctuation inside the answer', () => {
    expect(normaliseShortAnswer('Co-operation.', 'en')).toBe('co-operation');
  });
  it('trims guillemets, Armenian and Georgian punctuation', () => {
    expect(normaliseShortAnswer('«Ներառում»։', 'hy')).toBe('ներառում');
    expect(normaliseShortAnswer('„ინკლუზია“…', 'ka')).toBe('ინკლუზია');
  });
  it('turns Georgian Mtavruli capitals into Mkhedruli letters', () => {
    expect(normaliseShortAnswer('ᲘᲜᲙᲚᲣᲖᲘᲐ', 'ka')).toBe('ინკლუზია');
  });
  it('treats composed and decomposed letters alike', () => {
    expect(normaliseShortAnswer('s\u0327', 'az')).toBe(normaliseShortAnswer('ş', 'az'));
  });
  it('treats Azerbaijani dotted and dotless i alike, in both cases', () => {
    expect(normaliseShortAnswer('İŞIQ', 'az')).toBe(normaliseShortAnswer('isiq', 'az'));
    expect(normaliseShortAnswer('ışıq', 'az')).toBe(normaliseShortAnswer('işiq', 'az'));
  });
  it('accepts Azerbaijani typed without ş ç ğ ö ü', () => {
    expect(normaliseShortAnswer('şəhər çiçək dağ göz üzüm', 'az')).toBe('səhər cicək dag goz uzum');
  });
  it('keeps Azerbaijani ə apart from e', () => {
    expect(normaliseShortAnswer('əl', 'az')).not.toBe(normaliseShortAnswer('el', 'az'));
  });
  it('leaves the Azerbaijani letters alone in other languages', () => {
    expect(normaliseShortAnswer('Göz', 'en')).toBe('göz');
  });
});

describe('matchesAccepted', () => {
  it('accepts the answer in the page language', () => {
    expect(matchesAccepted(intersectionality, 'Kəsişmə', 'az')).toBe(true);
    expect(matchesAccepted(intersectionality, 'Խաչմերուկայնություն', 'hy')).toBe(true);
  });
  it('accepts an answer in another language of the quiz', () => {
    expect(matchesAccepted(intersectionality, 'ინტერსექციურობა', 'az')).toBe(true);
    expect(matchesAccepted(intersectionality, 'Intersectionality', 'ka')).toBe(true);
  });
  it('accepts a Georgian answer typed in Mtavruli capitals', () => {
    expect(matchesAccepted(intersectionality, 'ᲘᲜᲢᲔᲠᲡᲔᲥᲪᲘᲣᲠᲝᲑᲐ', 'ka')).toBe(true);
  });
  it('accepts Azerbaijani typed on a keyboard without Azerbaijani letters', () => {
    expect(matchesAccepted(participation, 'istirakciliq', 'az')).toBe(true);
    expect(matchesAccepted(participation, 'ISTIRAKCILIQ', 'az')).toBe(true);
  });
  it('applies the Azerbaijani leniency to an Azerbaijani answer on another page', () => {
    expect(matchesAccepted(participation, 'istirakciliq', 'en')).toBe(true);
  });
  it('refuses e typed for ə', () => {
    expect(matchesAccepted(equality, 'beraberlik', 'az')).toBe(false);
    expect(matchesAccepted(equality, 'bərabərlik', 'az')).toBe(true);
  });
  it('accepts an English answer typed with the Azerbaijani capital İ on the az page', () => {
    expect(matchesAccepted(inclusion, 'İnclusion', 'az')).toBe(true);
  });
  it('refuses a different answer', () => {
    expect(matchesAccepted(inclusion, 'exclusion', 'en')).toBe(false);
  });
  it('refuses an answer made only of punctuation, even against a punctuation-only accepted answer', () => {
    expect(matchesAccepted(shortQuestion({ ka: ['?'], en: ['?'] }), '!', 'en')).toBe(false);
  });
});
