import { describe, expect, it } from 'vitest';
import { toPublicQuiz } from './public-quiz';
import { quizDefinitionSchema } from './schema';

const text = (en: string) => ({ ka: `ka ${en}`, en });

/** Every secret in this quiz holds a marker string that must never reach the browser. */
const quizFullOfSecrets = quizDefinitionSchema.parse({
  id: 'secret-quiz',
  title: { ...text('Secrets'), az: 'Sirlər', hy: 'Գաղտնիքներ' },
  passMark: 80,
  maxAttempts: 2,
  questions: [
    {
      id: 'q1',
      type: 'single',
      prompt: text('Pick one'),
      options: [
        { id: 'a', text: text('A'), correct: true, feedback: { ka: 'SECRET-FEEDBACK-KA', en: 'SECRET-FEEDBACK-EN' } },
        { id: 'b', text: text('B') },
      ],
      explanation: { ka: 'SECRET-EXPLANATION-KA', en: 'SECRET-EXPLANATION-EN', az: 'SECRET-EXPLANATION-AZ' },
    },
    {
      id: 'q2',
      type: 'multiple',
      prompt: text('Pick some'),
      options: [
        { id: 'a', text: text('A'), correct: true },
        { id: 'b', text: text('B'), feedback: { ka: 'SECRET-MULTI-KA', en: 'SECRET-MULTI-EN' } },
      ],
    },
    { id: 'q3', type: 'truefalse', prompt: text('True?'), answer: true },
    {
      id: 'q4',
      type: 'short',
      prompt: text('Type'),
      accepted: { ka: ['SECRET-ACCEPTED-KA'], en: ['SECRET-ACCEPTED-EN'], hy: ['SECRET-ACCEPTED-HY'] },
      maxLength: 40,
      explanation: text('SECRET-SHORT-EXPLANATION'),
    },
  ],
});

describe('toPublicQuiz', () => {
  it('leaves out every right answer, feedback and explanation', () => {
    const json = JSON.stringify(toPublicQuiz(quizFullOfSecrets));
    expect(json).not.toMatch(/SECRET/);
    expect(json).not.toMatch(/"(correct|answer|accepted|feedback|explanation)"/);
  });

  it('keeps what the browser needs to show the quiz', () => {
    expect(toPublicQuiz(quizFullOfSecrets)).toEqual({
      id: 'secret-quiz',
      title: { ...text('Secrets'), az: 'Sirlər', hy: 'Գաղտնիքներ' },
      passMark: 80,
      maxAttempts: 2,
      questions: [
        {
          id: 'q1',
          type: 'single',
          prompt: text('Pick one'),
          options: [
            { id: 'a', text: text('A') },
            { id: 'b', text: text('B') },
          ],
        },
        {
          id: 'q2',
          type: 'multiple',
          prompt: text('Pick some'),
          options: [
            { id: 'a', text: text('A') },
            { id: 'b', text: text('B') },
          ],
        },
        { id: 'q3', type: 'truefalse', prompt: text('True?') },
        { id: 'q4', type: 'short', prompt: text('Type'), maxLength: 40 },
      ],
    });
  });

  it('omits maxAttempts when the quiz allows unlimited attempts', () => {
    const { maxAttempts, ...unlimited } = quizFullOfSecrets;
    expect(toPublicQuiz(unlimited)).not.toHaveProperty('maxAttempts');
  });
});
