import { describe, expect, it } from 'vitest';
import { parseAttemptRequest } from './attempt-request';

const key = '3f1c2a9e-1b7d-4c55-9a0e-6d2f8b4c1a77';

describe('parseAttemptRequest', () => {
  it('takes the answers, the key and the language, and ignores anything else', () => {
    expect(parseAttemptRequest({ answers: { q1: 'a' }, idempotencyKey: key, lang: 'hy', score: 100 }, 'ka')).toEqual({
      ok: true,
      request: { answers: { q1: 'a' }, idempotencyKey: key, lang: 'hy' },
    });
  });

  it('falls back to the given language when none is sent', () => {
    expect(parseAttemptRequest({ answers: {}, idempotencyKey: key }, 'az')).toMatchObject({ request: { lang: 'az' } });
  });

  it.each([
    ['missing', undefined],
    ['a number', 12345678901234567],
    ['too short', 'abc'],
    ['with spaces', 'not a valid key at all'],
  ])('refuses an idempotency key that is %s', (_, idempotencyKey) => {
    expect(parseAttemptRequest({ answers: {}, idempotencyKey }, 'ka')).toMatchObject({
      ok: false,
      errors: [{ code: 'invalid_idempotency_key' }],
    });
  });

  it('refuses a language the site does not have', () => {
    expect(parseAttemptRequest({ answers: {}, idempotencyKey: key, lang: 'ru' }, 'ka')).toMatchObject({
      errors: [{ code: 'invalid_lang' }],
    });
  });

  it('refuses a body that is not an object', () => {
    expect(parseAttemptRequest([key], 'ka')).toMatchObject({ errors: [{ code: 'not_an_object' }] });
  });
});
