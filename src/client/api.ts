// A small fetch client for the pages that must stay light (module pages): the PocketBase SDK
// would cost more than the rest of the page's script together.
import { readStoredSession, type StoredSession } from '../lib/auth/stored-session';

export function currentSession(): StoredSession | null {
  return readStoredSession(localStorage.getItem('pocketbase_auth'), Date.now() / 1000);
}

export interface ApiReply<T = any> {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  body: T;
}

/** Calls the API with the signed-in person's token; never throws for HTTP or network failures. */
export async function api<T = any>(path: string, init: { method?: string; body?: unknown } = {}): Promise<ApiReply<T>> {
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
    return { status: response.status, body: await response.json().catch(() => null) };
  } catch {
    return { status: 0, body: null };
  }
}

/** The records of a collection matching a PocketBase filter (values quoted by the caller's literals). */
export async function listRecords<T = any>(collection: string, params: Record<string, string>): Promise<T[] | null> {
  const query = new URLSearchParams({ perPage: '500', skipTotal: '1', ...params });
  const reply = await api<{ items: T[] }>(`/api/collections/${collection}/records?${query}`);
  return reply.status === 200 ? reply.body.items : null;
}

/** A filter string literal: PocketBase filters take single-quoted strings. */
export const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The course record (id) for a course slug; course records are public. */
export async function courseBySlug(slug: string): Promise<{ id: string; slug: string } | null> {
  const items = await listRecords<{ id: string; slug: string }>('courses', { filter: `slug = ${quote(slug)}`, fields: 'id,slug' });
  return items?.[0] ?? null;
}

/** The signed-in person's enrolment in a course, or null. */
export async function myEnrolment(courseSlug: string, userId: string) {
  const items = await listRecords<{ id: string; status: string; course: string }>('enrolments', {
    filter: `user = ${quote(userId)} && course.slug = ${quote(courseSlug)}`,
  });
  return items?.[0] ?? null;
}
