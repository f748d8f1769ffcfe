import { describe, expect, it } from 'vitest';
import { gradeQuiz } from './grading';
import type { Answers } from './submission';
import { reviewAttempt } from './review';
import { quizDefinitionSchema, type QuizDefinitionInput } from './schema';

const text = (en: string) => ({ ka: `ka:${en}`, en });
/** Every option carries feedback that says whether it is right, as trainers write it. */
const option = (id: string, correct: boolean) => ({
  id,
  text: text(`Option ${id}`),
  correct,
  feedback: text(correct ? `Yes, ${id} is right.` : `No, ${id} is wrong.`),
});

function quiz(overrides: Partial<QuizDefinitionInput> = {}) {
  return quizDefinitionSchema.parse({
    id: 'key-quiz',
    title: text('Keys'),
    passMark: 100,
    maxAttempts: 3,
    questions: [
      {
        id: 'one',
        type: 'single',
        prompt: text('One?'),
        options: [option('a', false), option('b', true), option('c', false)],
        explanation: text('B, because.'),
      },
      {
        id: 'many',
        type: 'multiple',
        prompt: text('Many?'),
        options: [option('a', true), option('b', false), option('c', true), option('d', false)],
        explanation: text('A and C, because.'),
      },
      { id: 'tf', type: 'truefalse', prompt: text('True?'), answer: false, explanation: text('False, because.') },
      {
        id: 'short',
        type: 'short',
        prompt: text('Word?'),
        accepted: { ka: ['სიტყვა'], en: ['word'] },
        explanation: text('Word, because.'),
      },
    ],
    ...overrides,
  });
}

/** Everything of the key that must not appear before the policy allows it. */
const KEY_FRAGMENTS = ['correctOptionIds', 'because', 'is right', 'is wrong', 'word', 'სიტყვა'];

/** Every answer a fellow could send to the choice questions: each option alone, and every set of ticks. */
function everyChoiceAnswer(): Answers[] {
  const subsets = (ids: string[]) =>
    ids.reduce<string[][]>((sets, id) => [...sets, ...sets.map((s) => [...s, id])], [[]]);
  return ['a', 'b', 'c'].flatMap((one) =>
    subsets(['a', 'b', 'c', 'd']).map((many) => ({ one, many, tf: true, short: 'guess' })),
  );
}

const reply = (answers: Answers, attemptsLeft: number | null, def = quiz()) =>
  reviewAttempt(def, gradeQuiz(def, answers, 'en'), attemptsLeft);

describe('what an attempt reveals under the default review policy', () => {
  it('is "after-passing" when the quiz file names no policy', () => {
    expect(quiz().review).toBe('after-passing');
  });

  it('tells a fellow who ticks every option only that the question is not yet right', () => {
    const review = reply({ one: 'a', many: ['a', 'b', 'c', 'd'] }, 2);
    expect(review.answersShown).toBe(false);
    expect(review.questions.find((q) => q.id === 'many')).toEqual({ id: 'many', correct: false });
  });

  it('gives the same reply to every wrong answer of a question, so no combination of ticks tells the options apart', () => {
    const distinct = new Map<string, Set<string>>();
    for (const answers of everyChoiceAnswer()) {
      for (const question of reply(answers, 2).questions.filter((q) => !q.correct)) {
        distinct.set(question.id, (distinct.get(question.id) ?? new Set()).add(JSON.stringify(question)));
      }
    }
    expect(Object.fromEntries([...distinct].map(([id, replies]) => [id, [...replies]]))).toEqual({
      one: ['{"id":"one","correct":false}'],
      many: ['{"id":"many","correct":false}'],
      tf: ['{"id":"tf","correct":false}'],
      short: ['{"id":"short","correct":false}'],
    });
  });

  it('shows no right option, explanation or wrong-option feedback in any reply before passing, even on the last attempt', () => {
    for (const attemptsLeft of [2, 1, 0, null]) {
      for (const answers of everyChoiceAnswer()) {
        const review = reply(answers, attemptsLeft);
        const shown = JSON.stringify(review.questions.filter((q) => !q.correct));
        for (const fragment of KEY_FRAGMENTS) expect(shown).not.toContain(fragment);
        expect(JSON.stringify(review)).not.toMatch(/correctOptionIds|because|is wrong/);
      }
    }
  });

  it('keeps the feedback of the chosen options on a question answered right', () => {
    const review = reply({ one: 'b', many: ['a'] }, 2);
    expect(review.questions.find((q) => q.id === 'one')).toEqual({
      id: 'one',
      correct: true,
      feedback: 'Yes, b is right.',
    });
  });

  it('shows right options, explanations and all chosen feedback once the quiz is passed', () => {
    const review = reply({ one: 'b', many: ['a', 'c'], tf: false, short: 'Word' }, 2);
    expect(review.answersShown).toBe(true);
    expect(review.questions[1]).toMatchObject({ correctOptionIds: ['a', 'c'], explanation: 'A and C, because.' });
  });
});

describe('the "after-last-attempt" review policy', () => {
  const lenient = quiz({ review: 'after-last-attempt' });

  it('still withholds the key while attempts are left', () => {
    const review = reply({ one: 'a', many: ['a', 'b', 'c', 'd'] }, 1, lenient);
    expect(review.answersShown).toBe(false);
    expect(JSON.stringify(review)).not.toMatch(/correctOptionIds|because|is wrong/);
  });

  it('shows right options, explanations and feedback once no attempt is left', () => {
    const review = reply({ one: 'a', many: ['b'] }, 0, lenient);
    expect(review).toMatchObject({ review: 'after-last-attempt', answersShown: true });
    expect(review.questions[0]).toMatchObject({
      correct: false,
      feedback: 'No, a is wrong.',
      correctOptionIds: ['b'],
      explanation: 'B, because.',
    });
  });

  it('never shows the key of a quiz with unlimited attempts before it is passed', () => {
    expect(reply({ one: 'a' }, null, quiz({ review: 'after-last-attempt', maxAttempts: undefined })).answersShown).toBe(
      false,
    );
  });
});

describe('a quiz file review policy', () => {
  it('must be one the grading knows, with a message naming both', () => {
    const result = quizDefinitionSchema.safeParse({ ...quiz(), review: 'always' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(/after-passing.*after-last-attempt/);
  });
});
