import { isIsoDate, daysBetween } from './dates';
import {
  CASE_FIELDS,
  FUNCTIONS,
  KINDS,
  MODES,
  type SessionAction,
  type SessionContent,
  type ValidationError,
} from './types';

export const MIN_MINUTES = 5;
export const MAX_MINUTES = 480;
/** How far back a session may be logged or edited: older ones are corrected by amendment. */
export const MAX_DAYS_BACK = 90;
export const MAX_TOPICS = 20;
export const MAX_TOPIC_LENGTH = 200;
export const MAX_TEXT = 10_000;
export const MAX_ACTIONS = 30;

export type SessionContext = {
  /** Today, `YYYY-MM-DD` (UTC). */
  today: string;
  mentorId: string;
  /** Fellows with an active mentorship with this mentor. */
  activeMentees: ReadonlySet<string>;
  /** Amendments may correct a date older than 90 days; logging and editing may not. */
  allowOldDate?: boolean;
};

const error = (
  code: string,
  field: string,
  message: string,
  extra: Partial<ValidationError> = {},
): ValidationError => ({
  code,
  field,
  message,
  ...extra,
});

/** Every rule a session must meet before it is saved; an empty list means it is valid. */
export function validateSession(content: SessionContent, context: SessionContext): ValidationError[] {
  const errors: ValidationError[] = [];
  errors.push(...validateDate(content.date, context));
  if (!Number.isInteger(content.minutes) || content.minutes < MIN_MINUTES || content.minutes > MAX_MINUTES)
    errors.push(
      error('minutes_out_of_range', 'minutes', `Minutes must be a whole number from ${MIN_MINUTES} to ${MAX_MINUTES}.`),
    );
  if (!(MODES as readonly string[]).includes(content.mode))
    errors.push(error('mode_invalid', 'mode', `Mode must be one of ${MODES.join(', ')}.`));
  if (!(KINDS as readonly string[]).includes(content.kind))
    errors.push(error('kind_invalid', 'kind', `Kind must be one of ${KINDS.join(', ')}.`));
  errors.push(...validateFellows(content, context));
  errors.push(...validateTopics(content.topics));
  if (!Array.isArray(content.functions) || content.functions.some((f) => !(FUNCTIONS as readonly string[]).includes(f)))
    errors.push(error('functions_invalid', 'functions', `Functions must be among ${FUNCTIONS.join(', ')}.`));
  for (const field of ['summary', ...CASE_FIELDS] as const) {
    if (typeof content[field] !== 'string' || content[field].length > MAX_TEXT)
      errors.push(error('text_too_long', field, `${field} must be text of at most ${MAX_TEXT} characters.`));
  }
  errors.push(...validateActions(content.actions, [context.mentorId, ...(content.fellows ?? [])]));
  return errors;
}

function validateDate(date: string, context: SessionContext): ValidationError[] {
  if (!date) return [error('date_required', 'date', 'Give the date of the session.')];
  if (!isIsoDate(date)) return [error('date_invalid', 'date', 'The date must be a real date written YYYY-MM-DD.')];
  const age = daysBetween(date, context.today);
  if (age < 0) return [error('date_in_future', 'date', 'A session cannot be logged before it happens.')];
  if (age > MAX_DAYS_BACK && !context.allowOldDate)
    return [error('date_too_old', 'date', `A session more than ${MAX_DAYS_BACK} days ago cannot be logged.`)];
  return [];
}

function validateFellows(content: SessionContent, context: SessionContext): ValidationError[] {
  const fellows = Array.isArray(content.fellows) ? content.fellows : [];
  if (fellows.length === 0) return [error('fellows_required', 'fellows', 'Choose at least one fellow.')];
  const errors = fellows
    .filter((fellow) => !context.activeMentees.has(fellow))
    .map((fellow) =>
      error('fellow_not_mentee', 'fellows', 'Every fellow must have an active mentorship with you.', { value: fellow }),
    );
  if (new Set(fellows).size !== fellows.length)
    errors.push(error('fellows_duplicate', 'fellows', 'Each fellow may appear once.'));
  if (content.kind === 'individual_supervision' && fellows.length > 1)
    errors.push(error('individual_needs_one_fellow', 'fellows', 'Individual supervision has exactly one fellow.'));
  if (content.kind === 'group_supervision' && fellows.length < 2)
    errors.push(error('group_needs_two_fellows', 'fellows', 'Group supervision needs at least two fellows.'));
  return errors;
}

function validateTopics(topics: string[]): ValidationError[] {
  if (!Array.isArray(topics) || topics.length === 0)
    return [error('topics_required', 'topics', 'Give at least one topic.')];
  if (
    topics.length > MAX_TOPICS ||
    topics.some((t) => typeof t !== 'string' || !t.trim() || t.length > MAX_TOPIC_LENGTH)
  )
    return [
      error('topic_invalid', 'topics', `Give at most ${MAX_TOPICS} topics of 1 to ${MAX_TOPIC_LENGTH} characters.`),
    ];
  return [];
}

function validateActions(actions: SessionAction[], owners: string[]): ValidationError[] {
  if (!Array.isArray(actions) || actions.length > MAX_ACTIONS)
    return [error('actions_invalid', 'actions', `Give at most ${MAX_ACTIONS} agreed actions.`)];
  const errors: ValidationError[] = [];
  actions.forEach((action, index) => {
    if (typeof action.text !== 'string' || !action.text.trim() || action.text.length > 1000)
      errors.push(error('action_text_required', 'actions', 'Every agreed action needs a text.', { index }));
    if (!owners.includes(action.owner))
      errors.push(
        error('action_owner_invalid', 'actions', 'An action belongs to you or a fellow of this session.', { index }),
      );
    if (action.due !== '' && !isIsoDate(action.due))
      errors.push(
        error('action_due_invalid', 'actions', 'A due date must be a real date written YYYY-MM-DD.', { index }),
      );
  });
  return errors;
}

/** An outbox key: generated on the device, so a resent request finds the session it made. */
export function validClientKey(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{8,100}$/.test(value);
}
