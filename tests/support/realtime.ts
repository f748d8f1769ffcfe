import type PocketBase from 'pocketbase';

export type RealtimeEvent = { event: string; data: any };

/**
 * A PocketBase realtime connection over fetch (Node has no EventSource): connects, subscribes as
 * the client's user, and collects every event it receives until closed.
 */
export async function realtime(pb: PocketBase, subscriptions: string[]) {
  const controller = new AbortController();
  const response = await fetch(pb.buildURL('/api/realtime'), { signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: RealtimeEvent[] = [];
  let buffer = '';
  let connected!: (id: string) => void;
  const clientId = new Promise<string>((resolve) => (connected = resolve));
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event:(.*)$/m.exec(block)?.[1]?.trim() ?? '';
          const data = JSON.parse(/^data:(.*)$/m.exec(block)?.[1] ?? 'null');
          if (event === 'PB_CONNECT') connected(data.clientId);
          else events.push({ event, data });
        }
      }
    } catch {
      // Aborted by close().
    }
  })();
  const id = await clientId;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (pb.authStore.token) headers.Authorization = pb.authStore.token;
  const subscribed = await fetch(pb.buildURL('/api/realtime'), {
    method: 'POST',
    headers,
    body: JSON.stringify({ clientId: id, subscriptions }),
  });
  return {
    /** The status of the subscription request (204 when accepted). */
    status: subscribed.status,
    events,
    async close() {
      controller.abort();
      await pump;
    },
  };
}

export const settle = (ms = 400) => new Promise((resolve) => setTimeout(resolve, ms));
