import { CASE_FIELDS, type SessionAction, type SessionContent } from './types';

/** The fields a mentor sets when logging or editing a session. */
export const CONTENT_FIELDS = [
  'date',
  'minutes',
  'mode',
  'kind',
  'fellows',
  'topics',
  'functions',
  'summary',
  'actions',
  ...CASE_FIELDS,
] as const;

export const EMPTY_CONTENT: SessionContent = {
  date: '',
  minutes: 0,
  mode: 'in_person',
  kind: 'mentoring',
  fellows: [],
  topics: [],
  functions: [],
  summary: '',
  actions: [],
  situation: '',
  analysis: '',
  risk: '',
  decision: '',
  rationale: '',
};

const text = (value: unknown) => (typeof value === 'string' ? value : String(value ?? ''));
const list = (value: unknown) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : String(v))) : [];

/**
 * The session `base` with the fields present in `body` applied. Wrong types are kept in a form
 * the validator rejects (never silently dropped); actions without an id get one from `newId`.
 */
export function applySessionInput(
  base: SessionContent,
  body: Record<string, unknown>,
  newId: () => string,
): SessionContent {
  const next: SessionContent = structuredCloneContent(base);
  if ('date' in body) next.date = text(body.date).trim();
  if ('minutes' in body) next.minutes = typeof body.minutes === 'number' ? body.minutes : Number.NaN;
  if ('mode' in body) next.mode = text(body.mode) as SessionContent['mode'];
  if ('kind' in body) next.kind = text(body.kind) as SessionContent['kind'];
  if ('fellows' in body) next.fellows = Array.isArray(body.fellows) ? list(body.fellows) : [];
  if ('topics' in body) next.topics = Array.isArray(body.topics) ? list(body.topics).filter((t) => t !== '') : [];
  if ('functions' in body) next.functions = list(body.functions) as SessionContent['functions'];
  for (const field of ['summary', ...CASE_FIELDS] as const) if (field in body) next[field] = text(body[field]);
  if ('actions' in body) next.actions = readActions(body.actions, newId);
  return next;
}

function readActions(value: unknown, newId: () => string): SessionAction[] {
  if (!Array.isArray(value)) return null as unknown as SessionAction[];
  return value.map((raw) => {
    const action = (raw ?? {}) as Record<string, unknown>;
    const id = typeof action.id === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(action.id) ? action.id : newId();
    return { id, text: text(action.text).trim(), owner: text(action.owner), due: text(action.due ?? '').trim() };
  });
}

function structuredCloneContent(content: SessionContent): SessionContent {
  return JSON.parse(JSON.stringify(content)) as SessionContent;
}

/** The content part of a stored session. */
export function contentOf(session: SessionContent): SessionContent {
  const content = { ...EMPTY_CONTENT };
  for (const field of CONTENT_FIELDS) (content as Record<string, unknown>)[field] = session[field];
  return structuredCloneContent(content);
}
