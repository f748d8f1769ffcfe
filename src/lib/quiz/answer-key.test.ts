import { describe, expect, it } from 'vitest';
import { rightAnswer, wrongAnswer } from './answer-key';
import { gradeQuiz } from './grading';
import { quizDefinitionSchema } from './schema';
import type { Answers } from './submission';

const text = (en: string) => ({ ka: en, en });
const quiz = quizDefinitionSchema.parse({
  id: 'key-quiz',
  title: text('Key'),
  passMark: 100,
  questions: [
    {
      id: 'single',
      type: 'single',
      prompt: text('One?'),
      options: [
        { id: 'a', text: text('A') },
        { id: 'b', text: text('B'), correct: true },
      ],
    },
    {
      id: 'multiple',
      type: 'multiple',
      prompt: text('Several?'),
      options: [
        { id: 'a', text: text('A'), correct: true },
        { id: 'b', text: text('B') },
        { id: 'c', text: text('C'), correct: true },
      ],
    },
    { id: 'truefalse', type: 'truefalse', prompt: text('True?'), answer: false },
    { id: 'short', type: 'short', prompt: text('Word?'), accepted: { ka: ['კი'], en: ['yes'] }, maxLength: 20 },
  ],
});

const answersBy = (pick: (question: (typeof quiz.questions)[number]) => Answers[string] | undefined) =>
  Object.fromEntries(quiz.questions.flatMap((q) => (pick(q) === undefined ? [] : [[q.id, pick(q)!]])));

describe('the answer key', () => {
  it('gives answers that grading marks right, in every language', () => {
    for (const lang of ['ka', 'en', 'az', 'hy'] as const) {
      expect(
        gradeQuiz(
          quiz,
          answersBy((q) => rightAnswer(q, lang)),
          lang,
        ).correctCount,
      ).toBe(4);
    }
  });
  it('gives answers that grading marks wrong, leaving short questions unanswered', () => {
    const wrong = answersBy(wrongAnswer);
    expect(wrong).not.toHaveProperty('short');
    expect(gradeQuiz(quiz, wrong, 'en').correctCount).toBe(0);
  });
});
