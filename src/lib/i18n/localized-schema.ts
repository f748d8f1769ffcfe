import { z } from 'zod';

/** Builds a per-language map: ka and en are required because the site falls back to them. */
export function localized<T extends z.ZodType>(value: T) {
  return z.strictObject({
    /** Georgian; required, the fallback for az and hy. */
    ka: value,
    /** English; required, the last fallback. */
    en: value,
    /** Azerbaijani; optional, falls back to ka then en. */
    az: value.optional(),
    /** Armenian; optional, falls back to ka then en. */
    hy: value.optional(),
  });
}

/** A text in every language the site needs. */
export const localizedText = localized(z.string().trim().min(1));
