import { useEffect, useState } from 'preact/hooks';
import { pb } from '~/client/pocketbase';
import { authErrorKey, signUpFormError, type AuthFailure } from '~/lib/auth/auth-error';
import type { UiKey } from '~/lib/i18n/translate';
import { returnPath } from '~/lib/auth/return-path';

interface Props {
  mode: 'signIn' | 'signUp';
  lang: string;
  /** Every UI string the form may show, translated at build time so no dictionary ships. */
  strings: Partial<Record<UiKey, string>>;
  /** Where to go once signed in, unless the address names a page of this site in ?next=. */
  next: string;
}

export default function AuthForm({ mode, lang, strings, next }: Props) {
  const [error, setError] = useState<UiKey | null>(null);
  const [busy, setBusy] = useState(false);
  // Rendered disabled until hydrated: a native submission would put the password in the address.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const t = (key: UiKey) => strings[key] ?? key;

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget as HTMLFormElement)) as Record<string, string>;
    const invalid =
      mode === 'signUp'
        ? signUpFormError({
            name: data.name,
            email: data.email,
            password: data.password,
            passwordConfirm: data.passwordConfirm,
          })
        : null;
    setError(invalid);
    if (invalid) return;
    setBusy(true);
    try {
      if (mode === 'signUp') {
        await pb.collection('users').create({ ...data, email: data.email.trim(), preferred_language: lang });
      }
      await pb.collection('users').authWithPassword(data.email.trim(), data.password);
      // A page that sent the visitor here (?next=, e.g. a course to enrol on) comes before the default.
      window.location.assign(returnPath(window.location.search) ?? next);
    } catch (failure) {
      setError(authErrorKey(failure as AuthFailure, mode));
      setBusy(false);
    }
  }

  return (
    <form class="form" method="post" onSubmit={submit} noValidate>
      <div role="alert" aria-live="assertive">
        {error && <p class="alert">{t(error)}</p>}
      </div>
      {mode === 'signUp' && (
        <label>
          {t('auth.name')}
          <input name="name" autocomplete="name" required />
        </label>
      )}
      <label>
        {t('auth.email')}
        <input name="email" type="email" autocomplete="email" required />
      </label>
      <label>
        {t('auth.password')}
        <input
          name="password"
          type="password"
          autocomplete={mode === 'signUp' ? 'new-password' : 'current-password'}
          aria-describedby={mode === 'signUp' ? 'password-hint' : undefined}
          required
        />
      </label>
      {mode === 'signUp' && (
        <span class="hint" id="password-hint">
          {t('auth.passwordHint')}
        </span>
      )}
      {mode === 'signUp' && (
        <label>
          {t('auth.passwordConfirm')}
          <input name="passwordConfirm" type="password" autocomplete="new-password" required />
        </label>
      )}
      <button class="button" type="submit" disabled={busy || !hydrated}>
        {busy ? t('auth.working') : t(mode === 'signUp' ? 'auth.signUp.submit' : 'auth.signIn.submit')}
      </button>
    </form>
  );
}
