// Error codes from the mentoring routes (docs/mentoring-api.md) to the UI string a person reads.
import type { ValidationError } from '../mentoring/types';

/** Codes with a translated message of their own; anything else reads as `mentoring.error.unknown`. */
export const KNOWN_CODES = [
  'date_required',
  'date_invalid',
  'date_in_future',
  'date_too_old',
  'minutes_out_of_range',
  'mode_invalid',
  'kind_invalid',
  'fellows_required',
  'fellows_duplicate',
  'fellow_not_mentee',
  'individual_needs_one_fellow',
  'group_needs_two_fellows',
  'topics_required',
  'topic_invalid',
  'functions_invalid',
  'text_too_long',
  'actions_invalid',
  'action_text_required',
  'action_owner_invalid',
  'action_due_invalid',
  'done_invalid',
  'mentor_invalid',
  'fellow_invalid',
  'cohort_invalid',
  'client_key_invalid',
  'comment_required',
  'decision_invalid',
  'reason_required',
  'changes_required',
  'change_not_allowed',
  'invalid_session',
  'invalid_request',
  'not_signed_in',
  'forbidden',
  'not_found',
  'session_locked',
  'session_not_signed',
  'wrong_state',
  'already_decided',
  'already_paired',
  'mentorship_ended',
  // The device's own: a change could not be sent.
  'offline',
] as const;

export interface Message {
  key: string;
  params: Record<string, string | number>;
}

/** The message for one error: actions are numbered from 1, as the form shows them. */
export function errorMessage(error: Pick<ValidationError, 'code' | 'index'>): Message {
  const known = (KNOWN_CODES as readonly string[]).includes(error.code);
  return {
    key: `mentoring.error.${known ? error.code : 'unknown'}`,
    params: typeof error.index === 'number' ? { number: error.index + 1 } : {},
  };
}

/** One message per distinct problem (two fellows not paired read as one line), in the order given. */
export function errorMessages(errors: Pick<ValidationError, 'code' | 'index'>[]): Message[] {
  const seen = new Set<string>();
  return errors.map(errorMessage).filter((message) => {
    const id = `${message.key}|${JSON.stringify(message.params)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The messages for a route's error reply: its field errors, or its top-level code. */
export function replyMessages(status: number, body: unknown): Message[] {
  const reply = (body ?? {}) as { code?: string; errors?: ValidationError[] };
  if (Array.isArray(reply.errors) && reply.errors.length > 0) return errorMessages(reply.errors);
  if (reply.code) return [errorMessage({ code: reply.code })];
  if (status === 401) return [errorMessage({ code: 'not_signed_in' })];
  return [errorMessage({ code: 'unknown' })];
}
