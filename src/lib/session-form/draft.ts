// The log-a-session form as the mentor fills it in, kept on the device between visits, and the
// request body it becomes. Validation is the server's own (src/lib/mentoring/validate.ts).
import { contentOf, EMPTY_CONTENT } from '../mentoring/session-input';
import { CASE_FIELDS, MODES, type Mode, type SessionContent, type ValidationError } from '../mentoring/types';
import { validateSession } from '../mentoring/validate';

export interface DraftAction {
  id: string;
  text: string;
  /** A user id: the mentor or one of the session's fellows. */
  owner: string;
  /** `YYYY-MM-DD` or empty. */
  due: string;
}

/** Everything the form holds; `minutes` stays the text typed so a half-typed value is never lost. */
export interface SessionDraft {
  /** The outbox key: made once per session, so a resend finds the session it made. */
  clientKey: string;
  date: string;
  minutes: string;
  mode: string;
  kind: string;
  fellows: string[];
  /** Programme topic ids ticked in the list. */
  topics: string[];
  /** One free-text topic, added to the ticked ones. */
  topicOther: string;
  functions: string[];
  summary: string;
  actions: DraftAction[];
  situation: string;
  analysis: string;
  risk: string;
  decision: string;
  rationale: string;
  /** Confidential notes: sent to the notes store, never part of the signed record. */
  notes: string;
  /** Set when the form changes a session already saved (a draft, or one awaiting or disputed). */
  sessionId?: string;
}

/** Where the form keeps its draft on the device, one per mentor. */
export const draftStorageKey = (mentorId: string) => `ertad:session-draft:${mentorId}`;

/** The default length of a session, in minutes. */
export const DEFAULT_MINUTES = 60;

/** A new, empty form: today, an hour, and the mode the mentor used last. */
export function newDraft(options: { today: string; lastMode?: string; clientKey: string }): SessionDraft {
  const mode = (MODES as readonly string[]).includes(options.lastMode ?? '') ? (options.lastMode as Mode) : 'in_person';
  return {
    clientKey: options.clientKey,
    date: options.today,
    minutes: String(DEFAULT_MINUTES),
    mode,
    kind: 'mentoring',
    fellows: [],
    topics: [],
    topicOther: '',
    functions: [],
    summary: '',
    actions: [],
    situation: '',
    analysis: '',
    risk: '',
    decision: '',
    rationale: '',
    notes: '',
  };
}

const TEXT_FIELDS = [
  'clientKey',
  'date',
  'minutes',
  'mode',
  'kind',
  'topicOther',
  'summary',
  'situation',
  'analysis',
  'risk',
  'decision',
  'rationale',
  'notes',
] as const;
const LIST_FIELDS = ['fellows', 'topics', 'functions'] as const;

/** A draft read back from storage, or null when it is missing or not a draft (never throws). */
export function parseDraft(raw: string | null): SessionDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    const draft = newDraft({ today: '', clientKey: '' });
    for (const field of TEXT_FIELDS) if (typeof value[field] === 'string') draft[field] = value[field] as string;
    for (const field of LIST_FIELDS)
      if (Array.isArray(value[field]))
        draft[field] = (value[field] as unknown[]).filter((v): v is string => typeof v === 'string');
    if (Array.isArray(value.actions))
      draft.actions = (value.actions as Record<string, unknown>[]).map((a) => ({
        id: String(a?.id ?? ''),
        text: String(a?.text ?? ''),
        owner: String(a?.owner ?? ''),
        due: String(a?.due ?? ''),
      }));
    if (typeof value.sessionId === 'string' && value.sessionId) draft.sessionId = value.sessionId;
    return draft.clientKey ? draft : null;
  } catch {
    return null;
  }
}

/** True when the mentor has typed or chosen something beyond the defaults. */
export function hasEntries(draft: SessionDraft, fresh: SessionDraft): boolean {
  const { clientKey: _a, ...mine } = draft;
  const { clientKey: _b, ...defaults } = fresh;
  return JSON.stringify(mine) !== JSON.stringify(defaults);
}

/** The topics sent: the ticked ones, then the free-text one when written. */
export function draftTopics(draft: SessionDraft): string[] {
  const other = draft.topicOther.trim();
  return other ? [...draft.topics, other] : [...draft.topics];
}

/** Rows the mentor added and left empty are not actions. */
function filledActions(draft: SessionDraft): DraftAction[] {
  return draft.actions.filter((action) => action.text.trim() !== '' || action.due !== '');
}

/** The body of `POST /api/ertad/mentoring/sessions` for this draft. */
export function draftToBody(draft: SessionDraft, sign: boolean) {
  const minutes = draft.minutes.trim() === '' ? Number.NaN : Number(draft.minutes);
  return {
    clientKey: draft.clientKey,
    date: draft.date,
    minutes,
    mode: draft.mode,
    kind: draft.kind,
    fellows: draft.fellows,
    topics: draftTopics(draft),
    functions: draft.functions,
    summary: draft.summary,
    actions: filledActions(draft).map((action) => ({ ...action, text: action.text.trim() })),
    situation: draft.situation,
    analysis: draft.analysis,
    risk: draft.risk,
    decision: draft.decision,
    rationale: draft.rationale,
    ...(draft.notes.trim() ? { notes: draft.notes } : {}),
    sign,
  };
}

/** The session content the server would store from this draft. */
export function draftContent(draft: SessionDraft): SessionContent {
  const body = draftToBody(draft, false);
  return contentOf({
    ...EMPTY_CONTENT,
    ...body,
    mode: body.mode as SessionContent['mode'],
    kind: body.kind as SessionContent['kind'],
    functions: body.functions as SessionContent['functions'],
  });
}

/**
 * The server's rules, run on the device before sending, so a mentor offline learns at once what
 * to fix. `today` is the server's day (UTC), the day the server checks against.
 */
export function validateDraft(
  draft: SessionDraft,
  context: { today: string; mentorId: string; mentees: string[] },
): ValidationError[] {
  return validateSession(draftContent(draft), {
    today: context.today,
    mentorId: context.mentorId,
    activeMentees: new Set(context.mentees),
  });
}

/** Today on the mentor's device, in its time zone, `YYYY-MM-DD`. */
export function localToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A kept request body back into the form (a refused session the mentor reopens to correct). */
export function draftFromBody(body: Record<string, unknown>, knownTopics: readonly string[]): SessionDraft {
  const minutes = typeof body.minutes === 'number' && Number.isFinite(body.minutes) ? String(body.minutes) : '';
  const draft =
    parseDraft(JSON.stringify({ ...body, minutes })) ??
    newDraft({ today: '', clientKey: String(body.clientKey ?? '') });
  const topics = Array.isArray(body.topics) ? body.topics.map(String) : [];
  draft.topics = topics.filter((topic) => knownTopics.includes(topic));
  draft.topicOther = topics.filter((topic) => !knownTopics.includes(topic)).join(', ');
  draft.notes = typeof body.notes === 'string' ? body.notes : '';
  return draft;
}

/** A saved session, not yet signed by everyone, back into the form to change it. */
export function draftFromSession(
  session: Record<(typeof CASE_FIELDS)[number] | 'id' | 'clientKey' | 'date' | 'mode' | 'kind' | 'summary', string> & {
    minutes: number;
    fellows: { id: string }[];
    topics: string[];
    functions: string[];
    actions: DraftAction[];
  },
  newKey: () => string,
): SessionDraft {
  return {
    ...newDraft({ today: session.date, lastMode: session.mode, clientKey: session.clientKey || newKey() }),
    sessionId: session.id,
    minutes: String(session.minutes),
    kind: session.kind,
    fellows: session.fellows.map((fellow) => fellow.id),
    topics: [...session.topics],
    functions: [...session.functions],
    summary: session.summary,
    actions: session.actions.map(({ id, text, owner, due }) => ({ id, text, owner, due })),
    situation: session.situation,
    analysis: session.analysis,
    risk: session.risk,
    decision: session.decision,
    rationale: session.rationale,
  };
}
