import { describe, expect, it } from 'vitest';
import { quizDefinitionSchema } from './schema';
import { checkSubmission } from './submission';

const text = (en: string) => ({ ka: `ka ${en}`, en });
const option = (id: string, correct = false) => ({ id, text: text(id), correct });

/** One question of each type; the short one takes at most 10 characters. */
const oneOfEachType = quizDefinitionSchema.parse({
  id: 'one-of-each-type',
  title: text('One of each type'),
  passMark: 50,
  questions: [
    { id: 'q1', type: 'single', prompt: text('Pick one'), options: [option('a', true), option('b')] },
    { id: 'q2', type: 'truefalse', prompt: text('True?'), answer: true },
    {
      id: 'q3',
      type: 'multiple',
      prompt: text('Pick some'),
      options: [option('a', true), option('b', true), option('c')],
    },
    { id: 'q4', type: 'short', prompt: text('Type'), accepted: { ka: ['კი'], en: ['yes'] }, maxLength: 10 },
  ],
});

const check = (answers: unknown) => checkSubmission(oneOfEachType, answers);

describe('checkSubmission', () => {
  it('accepts an answer of the right kind for every question', () => {
    expect(check({ q1: 'b', q2: false, q3: ['c', 'a'], q4: 'anything' })).toEqual({ ok: true });
  });

  it('accepts a submission that leaves every question unanswered', () => {
    expect(check({})).toEqual({ ok: true });
  });

  it('accepts an empty list for a multiple-choice question', () => {
    expect(check({ q3: [] })).toEqual({ ok: true });
  });

  it.each([
    ['null', null, 'null'],
    ['a list', ['a'], 'a list'],
    ['a string', 'q1=a', 'a string'],
  ])('refuses answers that are %s instead of an object', (_, answers, kind) => {
    expect(check(answers)).toEqual({
      ok: false,
      errors: [
        { code: 'not_an_object', message: `Answers must be an object from question ids to answers, got ${kind}.` },
      ],
    });
  });

  it('refuses a forged "score" field as an unknown question', () => {
    expect(check({ q1: 'a', score: 100 })).toEqual({
      ok: false,
      errors: [
        { code: 'unknown_question', questionId: 'score', message: 'Quiz "one-of-each-type" has no question "score".' },
      ],
    });
  });

  it('refuses a "__proto__" key from parsed JSON as an unknown question', () => {
    const result = check(JSON.parse('{"__proto__": {"passed": true}}'));
    expect(result.ok === false && result.errors.map((e) => e.code)).toEqual(['unknown_question']);
  });

  it('refuses an option the single-choice question does not have', () => {
    expect(check({ q1: 'z' })).toEqual({
      ok: false,
      errors: [{ code: 'unknown_option', questionId: 'q1', message: 'Question "q1" has no option "z".' }],
    });
  });

  it('refuses an option the multiple-choice question does not have', () => {
    expect(check({ q3: ['a', 'z'] })).toEqual({
      ok: false,
      errors: [{ code: 'unknown_option', questionId: 'q3', message: 'Question "q3" has no option "z".' }],
    });
  });

  it('refuses an option chosen twice in a multiple-choice answer', () => {
    expect(check({ q3: ['a', 'b', 'a'] })).toEqual({
      ok: false,
      errors: [
        { code: 'duplicate_option', questionId: 'q3', message: 'Question "q3" lists option "a" more than once.' },
      ],
    });
  });

  it.each([
    ['a list for a single choice', { q1: ['a'] }, 'Question "q1" expects one option id, got a list.'],
    ['a string for a multiple choice', { q3: 'a' }, 'Question "q3" expects a list of option ids, got a string.'],
    [
      'a list of numbers for a multiple choice',
      { q3: [1] },
      'Question "q3" expects a list of option ids, got a list containing a number.',
    ],
    ['the string "true" for true or false', { q2: 'true' }, 'Question "q2" expects true or false, got a string.'],
    ['a number for a short answer', { q4: 42 }, 'Question "q4" expects a text, got a number.'],
    ['null for a single choice', { q1: null }, 'Question "q1" expects one option id, got null.'],
    ['an object for a short answer', { q4: { text: 'yes' } }, 'Question "q4" expects a text, got an object.'],
  ])('refuses %s as the wrong type', (_, answers, message) => {
    const questionId = Object.keys(answers)[0];
    expect(check(answers)).toEqual({ ok: false, errors: [{ code: 'wrong_type', questionId, message }] });
  });

  it('refuses a short answer longer than maxLength', () => {
    expect(check({ q4: 'eleven char' })).toEqual({
      ok: false,
      errors: [{ code: 'too_long', questionId: 'q4', message: 'Question "q4" accepts at most 10 characters, got 11.' }],
    });
  });

  it('accepts a short answer of exactly maxLength', () => {
    expect(check({ q4: 'ten chars!' })).toEqual({ ok: true });
  });

  it('reports every problem, not only the first', () => {
    const result = check({ q1: 'z', q2: 'yes', extra: true });
    expect(result.ok === false && result.errors.map((e) => e.code)).toEqual([
      'unknown_option',
      'wrong_type',
      'unknown_question',
    ]);
  });
});
