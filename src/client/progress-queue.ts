// Progress events are kept on the device while the connection is down and sent when it returns,
// so reading on a bus in Samtskhe-Javakheti still counts.
import type { ProgressRequest } from '../lib/records/record-progress';
import { api, currentSession } from './api';
import { personalKey } from './device-data';

/** Per person: events kept offline are sent only with the session of whoever read the page. */
const key = () => personalKey('pending-progress', currentSession()?.id);

function pending(): ProgressRequest[] {
  try {
    return JSON.parse(localStorage.getItem(key()) ?? '[]');
  } catch {
    return [];
  }
}

/** Sends an event now, or keeps it for later when the server cannot be reached. */
export async function sendProgress(event: ProgressRequest): Promise<number> {
  const reply = await api('/api/ertad/progress', { method: 'POST', body: event });
  if (reply.status === 0) {
    const queue = pending().filter(
      (e) => !(e.course === event.course && e.module === event.module && e.event === event.event),
    );
    localStorage.setItem(key(), JSON.stringify([...queue, event]));
  }
  return reply.status;
}

/** Sends what was kept offline; events the server refuses (say, a withdrawn course) are dropped. */
export async function flushProgress() {
  const queue = pending();
  if (queue.length === 0) return;
  localStorage.setItem(key(), '[]');
  for (const event of queue) await sendProgress(event);
}
