import { describe, expect, it } from 'vitest';
import { authErrorKey, signUpFormError } from './auth-error';
import { readStoredSession } from './stored-session';

const jwt = (exp: number) => `x.${btoa(JSON.stringify({ exp })).replace(/=+$/, '')}.y`;

describe('authErrorKey', () => {
  it('says the server is unreachable when no answer came', () => {
    expect(authErrorKey({ status: 0 }, 'signIn')).toBe('auth.error.unreachable');
  });
  it('says the email or password is wrong when sign-in is refused', () => {
    expect(authErrorKey({ status: 400, data: { data: {} } }, 'signIn')).toBe('auth.error.wrongPassword');
  });
  it('says the email is taken when sign-up hits a unique email', () => {
    expect(authErrorKey({ status: 400, data: { data: { email: { code: 'validation_not_unique' } } } }, 'signUp')).toBe(
      'auth.error.emailTaken',
    );
  });
  it('says the password is weak when the server refuses it', () => {
    expect(
      authErrorKey({ status: 400, data: { data: { password: { code: 'validation_min_text_constraint' } } } }, 'signUp'),
    ).toBe('auth.error.weakPassword');
  });
  it('asks to wait when rate limited', () => {
    expect(authErrorKey({ status: 429 }, 'signIn')).toBe('auth.error.tooMany');
  });
});

describe('signUpFormError', () => {
  const good = { name: 'Nino', email: 'nino@example.org', password: 'long-enough-1', passwordConfirm: 'long-enough-1' };
  it('accepts a complete form', () => expect(signUpFormError(good)).toBeNull());
  it('refuses a short password', () =>
    expect(signUpFormError({ ...good, password: 'short', passwordConfirm: 'short' })).toBe('auth.error.weakPassword'));
  it('refuses different passwords', () =>
    expect(signUpFormError({ ...good, passwordConfirm: 'other-one-12' })).toBe('auth.error.passwordMismatch'));
  it('refuses a missing name', () => expect(signUpFormError({ ...good, name: ' ' })).toBe('auth.error.missingName'));
  it('refuses an email without a domain', () =>
    expect(signUpFormError({ ...good, email: 'nino@' })).toBe('auth.error.invalidEmail'));
});

describe('readStoredSession', () => {
  const now = 1_800_000_000;
  it('reads the name of a live session', () => {
    const token = jwt(now + 60);
    const raw = JSON.stringify({ token, record: { id: 'u1', name: 'ნინო', email: 'n@example.org', role: 'fellow' } });
    expect(readStoredSession(raw, now)).toEqual({
      id: 'u1',
      token,
      name: 'ნინო',
      email: 'n@example.org',
      role: 'fellow',
    });
  });
  it('treats an expired session as signed out', () => {
    const raw = JSON.stringify({ token: jwt(now - 1), record: { name: 'Nino' } });
    expect(readStoredSession(raw, now)).toBeNull();
  });
  it('treats garbage as signed out', () => {
    expect(readStoredSession('{not json', now)).toBeNull();
    expect(readStoredSession(null, now)).toBeNull();
  });
});
