import { describe, expect, it } from 'vitest';
import { parseAttemptRequest } from '../lib/records/attempt-request';
import { newIdempotencyKey } from './quiz-form';

describe('newIdempotencyKey', () => {
  it('makes keys the grading route accepts', () => {
    const parsed = parseAttemptRequest({ answers: {}, idempotencyKey: newIdempotencyKey(), lang: 'ka' }, 'ka');
    expect(parsed.ok).toBe(true);
  });
  it('makes a different key each time', () => {
    expect(new Set(Array.from({ length: 100 }, newIdempotencyKey)).size).toBe(100);
  });
});
