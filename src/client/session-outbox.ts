// Sessions logged without a connection wait on the device and are sent when it returns, like
// reading progress (progress-queue.ts). Each carries the clientKey made with its form, and the
// server answers a repeated key with the session it already made: a session is never doubled.
import { api } from './api';
import type { ValidationError } from '../lib/mentoring/types';

const KEY = 'ertad:pending-sessions';

export type SessionBody = { clientKey: string } & Record<string, unknown>;

export interface PendingSession {
  body: SessionBody;
  /** Set when the server refused it: it waits for the mentor to correct it, never dropped. */
  refused?: { code: string; errors: ValidationError[] };
}

export function pendingSessions(): PendingSession[] {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

function keep(list: PendingSession[]) {
  localStorage.setItem(KEY, JSON.stringify(list));
}

function put(entry: PendingSession) {
  keep([...pendingSessions().filter((e) => e.body.clientKey !== entry.body.clientKey), entry]);
}

/** Removes a kept session (once sent, or once the mentor has taken it back into the form). */
export function forgetPending(clientKey: string) {
  keep(pendingSessions().filter((e) => e.body.clientKey !== clientKey));
}

export type SendResult =
  { kind: 'sent'; session: { id: string } } | { kind: 'queued' } | { kind: 'refused'; status: number; body: unknown };

/**
 * Sends a session now. Kept on the device first, so closing the page mid-request loses nothing;
 * forgotten once the server answered with the session, kept for later when it cannot be reached.
 */
export async function sendSession(body: SessionBody): Promise<SendResult> {
  put({ body });
  const reply = await api<{ session: { id: string } }, { code?: string; errors?: ValidationError[] }>(
    '/api/ertad/mentoring/sessions',
    { method: 'POST', body },
  );
  if (reply.status === 0 || reply.status >= 500) return { kind: 'queued' };
  if (reply.ok) {
    forgetPending(body.clientKey);
    return { kind: 'sent', session: reply.body.session };
  }
  // A refusal is not the device's to throw away: the session stays, marked, until corrected.
  put({ body, refused: { code: reply.body?.code ?? 'unknown', errors: reply.body?.errors ?? [] } });
  return { kind: 'refused', status: reply.status, body: reply.body };
}

let flushing: Promise<number> | null = null;

/** Sends every kept session not yet refused; one flush at a time. Resolves to how many went. */
export function flushSessions(): Promise<number> {
  flushing ??= (async () => {
    let sent = 0;
    for (const entry of pendingSessions()) {
      if (entry.refused) continue;
      const result = await sendSession(entry.body);
      if (result.kind === 'queued') break;
      if (result.kind === 'sent') sent += 1;
    }
    return sent;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}
