// A small fetch client for the pages that must stay light (module pages): the PocketBase SDK
// would cost more than the rest of the page's script together.
import { readStoredSession, type StoredSession } from '../lib/auth/stored-session';
import type { ErrorBody } from '../lib/records/store';

export function currentSession(): StoredSession | null {
  return readStoredSession(localStorage.getItem('pocketbase_auth'), Date.now() / 1000);
}

/**
 * A 2xx reply with the body the route promises, or the status (0 when the server could not be
 * reached) and PocketBase's error body (null when there was none).
 */
export type ApiReply<T, E = ErrorBody> =
  { ok: true; status: number; body: T } | { ok: false; status: number; body: E | null };

/** Calls the API with the signed-in person's token; never throws for HTTP or network failures. */
export async function api<T = unknown, E = ErrorBody>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<ApiReply<T, E>> {
  const session = currentSession();
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (session) headers.Authorization = session.token;
  try {
    const response = await fetch(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const body = await response.json().catch(() => null);
    return response.ok
      ? { ok: true, status: response.status, body: body as T }
      : { ok: false, status: response.status, body };
  } catch {
    return { ok: false, status: 0, body: null };
  }
}

/** The records of a collection matching a PocketBase filter (values quoted by the caller's literals). */
export async function listRecords<T = any>(collection: string, params: Record<string, string>): Promise<T[] | null> {
  const query = new URLSearchParams({ perPage: '500', skipTotal: '1', ...params });
  const reply = await api<{ items: T[] }>(`/api/collections/${collection}/records?${query}`);
  return reply.ok ? reply.body.items : null;
}

/** A filter string literal: PocketBase filters take single-quoted strings. */
export const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The course record (id) for a course slug; course records are public. */
export async function courseBySlug(slug: string): Promise<{ id: string; slug: string } | null> {
  const items = await listRecords<{ id: string; slug: string }>('courses', {
    filter: `slug = ${quote(slug)}`,
    fields: 'id,slug',
  });
  return items?.[0] ?? null;
}

/** The signed-in person's enrolment in a course, or null. */
export async function myEnrolment(courseSlug: string, userId: string) {
  const items = await listRecords<{ id: string; status: string; course: string }>('enrolments', {
    filter: `user = ${quote(userId)} && course.slug = ${quote(courseSlug)}`,
  });
  return items?.[0] ?? null;
}
