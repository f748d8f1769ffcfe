import { describe, expect, it } from 'vitest';
import { attemptAllowed, gradeQuiz } from './grading';
import { quizDefinitionSchema, type QuizDefinitionInput } from './schema';

const text = (en: string) => ({ ka: `ka ${en}`, en });

/** A quiz around the given questions, passed at 50%. */
const quiz = (questions: QuizDefinitionInput['questions'], extra: Partial<QuizDefinitionInput> = {}) =>
  quizDefinitionSchema.parse({ id: 'grading-quiz', title: text('Grading'), passMark: 50, questions, ...extra });

/** One question of each type, each with an explanation; q1's options carry feedback. */
const oneOfEachType = quiz([
  {
    id: 'q1',
    type: 'single',
    prompt: text('Pick one'),
    options: [
      { id: 'a', text: text('A'), correct: true, feedback: text('Yes, a.') },
      { id: 'b', text: text('B'), feedback: text('No, not b.') },
    ],
    explanation: text('Because a.'),
  },
  {
    id: 'q2',
    type: 'multiple',
    prompt: text('Pick some'),
    options: [
      { id: 'a', text: text('A'), correct: true, feedback: text('a is right.') },
      { id: 'b', text: text('B'), correct: true },
      { id: 'c', text: text('C'), feedback: text('c is wrong.') },
    ],
  },
  { id: 'q3', type: 'truefalse', prompt: text('False?'), answer: false, explanation: text('It is false.') },
  { id: 'q4', type: 'short', prompt: text('Type'), accepted: { ka: ['კი'], en: ['yes'] } },
]);

const allRight = { q1: 'a', q2: ['b', 'a'], q3: false, q4: ' Yes! ' };

const resultOf = (answers: Record<string, string | string[] | boolean>, id: string) =>
  gradeQuiz(oneOfEachType, answers, 'en').questions.find((q) => q.id === id);

describe('gradeQuiz', () => {
  it('scores 100 and passes when every answer is right', () => {
    const result = gradeQuiz(oneOfEachType, allRight, 'en');
    expect(result).toMatchObject({ score: 100, correctCount: 4, questionCount: 4, passed: true });
    expect(result.questions.map((q) => q.correct)).toEqual([true, true, true, true]);
  });

  it('scores 0 and fails when nothing is answered', () => {
    expect(gradeQuiz(oneOfEachType, {}, 'en')).toMatchObject({ score: 0, correctCount: 0, passed: false });
  });

  it('marks a single choice right, with the chosen option feedback, the explanation and the right option', () => {
    expect(resultOf({ q1: 'a' }, 'q1')).toEqual({
      id: 'q1',
      correct: true,
      feedback: 'Yes, a.',
      explanation: 'Because a.',
      correctOptionIds: ['a'],
    });
  });

  it('marks a wrong single choice wrong, with the feedback of the option chosen', () => {
    expect(resultOf({ q1: 'b' }, 'q1')).toMatchObject({
      correct: false,
      feedback: 'No, not b.',
      correctOptionIds: ['a'],
    });
  });

  it('gives an unanswered choice question no feedback but still names the right options', () => {
    expect(resultOf({}, 'q2')).toEqual({ id: 'q2', correct: false, correctOptionIds: ['a', 'b'] });
  });

  it('marks a multiple choice right only when exactly the right options are chosen, in any order', () => {
    expect(resultOf({ q2: ['b', 'a'] }, 'q2')?.correct).toBe(true);
    expect(resultOf({ q2: ['a'] }, 'q2')?.correct).toBe(false);
    expect(resultOf({ q2: ['a', 'b', 'c'] }, 'q2')?.correct).toBe(false);
  });

  it('joins the feedback of every chosen option, in the order shown', () => {
    expect(resultOf({ q2: ['c', 'a'] }, 'q2')?.feedback).toBe('a is right.\nc is wrong.');
  });

  it('marks true or false by the statement', () => {
    expect(resultOf({ q3: false }, 'q3')).toEqual({ id: 'q3', correct: true, explanation: 'It is false.' });
    expect(resultOf({ q3: true }, 'q3')?.correct).toBe(false);
  });

  it('marks a short answer by the accepted answers', () => {
    expect(resultOf({ q4: 'YES.' }, 'q4')).toEqual({ id: 'q4', correct: true });
    expect(resultOf({ q4: 'no' }, 'q4')?.correct).toBe(false);
  });

  it('rounds the score down', () => {
    const twoOfThree = quiz([
      { id: 'q1', type: 'truefalse', prompt: text('1'), answer: true },
      { id: 'q2', type: 'truefalse', prompt: text('2'), answer: true },
      { id: 'q3', type: 'truefalse', prompt: text('3'), answer: true },
    ]);
    expect(gradeQuiz(twoOfThree, { q1: true, q2: true }, 'en').score).toBe(66);
  });

  it('passes exactly at the pass mark and fails just below it', () => {
    const half = { q1: 'a', q2: ['a', 'b'] };
    expect(gradeQuiz(oneOfEachType, half, 'en')).toMatchObject({ score: 50, passed: true });
    expect(gradeQuiz(oneOfEachType, { q1: 'a' }, 'en')).toMatchObject({ score: 25, passed: false });
  });

  it('gives feedback and explanations in the fellow language', () => {
    expect(gradeQuiz(oneOfEachType, { q1: 'a' }, 'ka').questions[0]).toMatchObject({
      feedback: 'ka Yes, a.',
      explanation: 'ka Because a.',
    });
  });

  it('falls back from Azerbaijani and Armenian to Georgian when a text has no translation', () => {
    expect(gradeQuiz(oneOfEachType, { q1: 'a' }, 'az').questions[0].feedback).toBe('ka Yes, a.');
    expect(gradeQuiz(oneOfEachType, { q1: 'a' }, 'hy').questions[0].explanation).toBe('ka Because a.');
  });

  it('uses the Azerbaijani text when there is one', () => {
    const translated = quiz([
      { id: 'q1', type: 'truefalse', prompt: text('?'), answer: true, explanation: { ...text('Why'), az: 'Niyə' } },
    ]);
    expect(gradeQuiz(translated, {}, 'az').questions[0].explanation).toBe('Niyə');
  });
});

describe('attemptAllowed', () => {
  const threeAttempts = quiz([{ id: 'q1', type: 'truefalse', prompt: text('?'), answer: true }], { maxAttempts: 3 });
  const unlimited = quiz([{ id: 'q1', type: 'truefalse', prompt: text('?'), answer: true }]);

  it('allows attempts up to the limit', () => {
    expect(attemptAllowed(threeAttempts, 0)).toBe(true);
    expect(attemptAllowed(threeAttempts, 2)).toBe(true);
  });
  it('refuses another attempt once the limit is reached', () => {
    expect(attemptAllowed(threeAttempts, 3)).toBe(false);
  });
  it('always allows another attempt when the quiz sets no limit', () => {
    expect(attemptAllowed(unlimited, 1000)).toBe(true);
  });
});
