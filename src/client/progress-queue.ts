// Progress events are kept on the device while the connection is down and sent when it returns,
// so reading on a bus in Samtskhe-Javakheti still counts.
import type { ProgressRequest } from '../lib/records/record-progress';
import { api } from './api';

const KEY = 'ertad:pending-progress';

function pending(): ProgressRequest[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]');
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
    localStorage.setItem(KEY, JSON.stringify([...queue, event]));
  }
  return reply.status;
}

/** Sends what was kept offline; events the server refuses (say, a withdrawn course) are dropped. */
export async function flushProgress() {
  const queue = pending();
  if (queue.length === 0) return;
  localStorage.setItem(KEY, '[]');
  for (const event of queue) await sendProgress(event);
}
