import { describe, expect, it } from 'vitest';
import { quizDefinitionSchema } from '../quiz/schema';
import { quizRecordFields } from './quiz-record';

const text = (en: string) => ({ ka: en, en });
const question = {
  id: 'q1',
  type: 'truefalse',
  prompt: text('Gender is a social construct.'),
  answer: true,
  explanation: text('Secret explanation'),
};

describe('quizRecordFields', () => {
  it('derives the public copy, pass mark and attempt limit from the definition', () => {
    const fields = quizRecordFields(
      quizDefinitionSchema.parse({ id: 'q', title: text('Q'), passMark: 70, maxAttempts: 3, questions: [question] }),
    );
    expect(fields).toMatchObject({
      passMark: 70,
      maxAttempts: 3,
      public: { id: 'q', questions: [{ id: 'q1', type: 'truefalse' }] },
    });
    expect(JSON.stringify(fields)).not.toMatch(/Secret|"answer"/);
  });

  it('stores an unlimited quiz as maxAttempts 0', () => {
    const fields = quizRecordFields(
      quizDefinitionSchema.parse({ id: 'q', title: text('Q'), passMark: 70, questions: [question] }),
    );
    expect(fields.maxAttempts).toBe(0);
  });
});
