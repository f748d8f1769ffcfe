import { describe, expect, it } from 'vitest';
import { numbersToReview, unansweredNumbers } from './attention';

describe('unansweredNumbers', () => {
  it('numbers the unanswered questions from 1 in page order', () => {
    expect(unansweredNumbers(['q1', 'q2', 'q3', 'q4'], { q1: 'a', q3: false })).toEqual([2, 4]);
  });
  it('counts false and empty lists given as answers as answered', () => {
    expect(unansweredNumbers(['tf', 'multi'], { tf: false, multi: ['b'] })).toEqual([]);
  });
});

describe('numbersToReview', () => {
  it('lists the questions the reply marks as not right, in page order', () => {
    const graded = [
      { id: 'q3', correct: false },
      { id: 'q1', correct: true },
      { id: 'q2', correct: false },
    ];
    expect(numbersToReview(['q1', 'q2', 'q3'], graded)).toEqual([2, 3]);
  });
  it('is empty when every question is right', () => {
    expect(numbersToReview(['q1'], [{ id: 'q1', correct: true }])).toEqual([]);
  });
});
