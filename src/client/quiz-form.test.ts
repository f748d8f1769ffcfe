import { describe, expect, it } from 'vitest';
import { parseAttemptRequest } from '../lib/records/attempt-request';
import { newIdempotencyKey, refusalOf } from './quiz-form';

describe('newIdempotencyKey', () => {
  it('makes keys the grading route accepts', () => {
    const parsed = parseAttemptRequest({ answers: {}, idempotencyKey: newIdempotencyKey(), lang: 'ka' }, 'ka');
    expect(parsed.ok).toBe(true);
  });
  it('makes a different key each time', () => {
    expect(new Set(Array.from({ length: 100 }, newIdempotencyKey)).size).toBe(100);
  });
});

describe('refusalOf', () => {
  const problems = (...codes: string[]) => ({
    status: 400,
    message: 'Some answers do not fit the quiz.',
    data: {},
    errors: codes.map((code) => ({ code, message: `English text for ${code}` })),
  });

  it('asks to shorten an answer that is too long', () => {
    expect(refusalOf(400, problems('too_long'))).toBe('msgTooLong');
  });
  it('asks to reload when the quiz changed after the page was built', () => {
    expect(refusalOf(400, problems('unknown_question'))).toBe('msgOutdated');
    expect(refusalOf(400, problems('wrong_type', 'unknown_option'))).toBe('msgOutdated');
    expect(refusalOf(404, { status: 404, message: 'There is no quiz "x".', data: {} })).toBe('msgOutdated');
  });
  it('names sign-in, enrolment, the attempt limit and a lost connection', () => {
    expect(refusalOf(401, null)).toBe('msgSignIn');
    expect(refusalOf(403, null)).toBe('msgNotEnrolled');
    expect(refusalOf(429, problems('attempts_used'))).toBe('msgLimit');
    expect(refusalOf(0, null)).toBe('msgOffline');
  });
  it('tells the server’s rate limit, an oversized body and an unconfirmed address from the attempt limit', () => {
    expect(refusalOf(429, null)).toBe('msgTooFast');
    expect(refusalOf(413, null)).toBe('msgTooLarge');
    expect(refusalOf(403, problems('email_not_verified'))).toBe('msgUnverified');
  });
  it('falls back to the general message for a malformed request, never to the server’s English', () => {
    expect(refusalOf(400, problems('invalid_idempotency_key'))).toBe('msgInvalid');
    expect(refusalOf(500, null)).toBe('msgInvalid');
  });
});
