import { isLang, type Lang } from '../i18n/languages';

/** A graded submission as the browser sends it; any other field (a forged score) is ignored. */
export type AttemptRequest = { answers: unknown; idempotencyKey: string; lang: Lang };

export type RequestError = { code: 'not_an_object' | 'invalid_idempotency_key' | 'invalid_lang'; message: string };

/** Long enough that two submissions never pick the same key by chance; a UUID fits. */
const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{16,100}$/;

/** Checks the envelope of a submission; the answers themselves are checked against the quiz by checkSubmission. */
export function parseAttemptRequest(
  body: unknown,
  fallbackLang: Lang,
): { ok: true; request: AttemptRequest } | { ok: false; errors: RequestError[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      ok: false,
      errors: [{ code: 'not_an_object', message: 'Send a JSON object: { answers, idempotencyKey, lang }.' }],
    };
  }
  const { answers, idempotencyKey, lang } = body as Record<string, unknown>;
  const errors: RequestError[] = [];
  if (typeof idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    errors.push({
      code: 'invalid_idempotency_key',
      message: 'idempotencyKey must be 16 to 100 letters, digits, "-" or "_", new for each submission (a UUID fits).',
    });
  }
  if (lang !== undefined && !isLang(lang)) {
    errors.push({ code: 'invalid_lang', message: 'lang must be one of ka, en, az, hy.' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: { answers, idempotencyKey: idempotencyKey as string, lang: isLang(lang) ? lang : fallbackLang },
  };
}
