import type { UiKey } from '../i18n/translate';

/** The parts of the SDK's ClientResponseError that decide which message a person sees. */
export interface AuthFailure {
  status?: number;
  data?: { data?: Record<string, { code?: string }> };
}

/** Maps a failed sign-in or sign-up to the translated message that says what to do next. */
export function authErrorKey(error: AuthFailure, action: 'signIn' | 'signUp'): UiKey {
  const status = error.status ?? 0;
  const fields = error.data?.data ?? {};
  if (status === 0) return 'auth.error.unreachable';
  if (status === 429) return 'auth.error.tooMany';
  if (fields.email?.code === 'validation_not_unique') return 'auth.error.emailTaken';
  if (fields.email) return 'auth.error.invalidEmail';
  if (fields.password) return 'auth.error.weakPassword';
  if (fields.passwordConfirm) return 'auth.error.passwordMismatch';
  if (status === 400 && action === 'signIn') return 'auth.error.wrongPassword';
  return 'auth.error.unknown';
}

/** Minimum password length; the users migration sets the same minimum on the server. */
export const MIN_PASSWORD_LENGTH = 10;

/** Checks a sign-up form before it is sent, so the common mistakes need no round trip. */
export function signUpFormError(form: {
  name: string;
  email: string;
  password: string;
  passwordConfirm: string;
}): UiKey | null {
  if (!form.name.trim()) return 'auth.error.missingName';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) return 'auth.error.invalidEmail';
  if (form.password.length < MIN_PASSWORD_LENGTH) return 'auth.error.weakPassword';
  if (form.password !== form.passwordConfirm) return 'auth.error.passwordMismatch';
  return null;
}
