// The service worker of the pages that work offline: search and the mentor's workspace. Each registers it with
// its own folder as the scope (/<lang>/search/, /<lang>/mentor/), so it controls only those pages and sees only
// their requests: it answers each from the network and keeps a copy, and answers from that copy when the network
// is gone, so that the page opens offline once it has been opened. It never keeps /api/ answers: what a page
// keeps of a person's data lives under the ertad: keys that signing out clears.
const CACHE = 'ertad-offline';

self.addEventListener('install', () => self.skipWaiting());
// Control the page that registered us at once, so the files it loads next are kept too; and drop the copies kept
// under the name this cache had when only search used it.
self.addEventListener('activate', (event) =>
  event.waitUntil(Promise.all([self.clients.claim(), caches.delete('ertad-search')])),
);

// The page names what it loaded before we controlled it and the index files it may need later.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep') return;
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.allSettled(event.data.urls.map((url) => cache.add(url))))
      .then((kept) => event.ports[0]?.postMessage({ failed: kept.filter((k) => k.status === 'rejected').length })),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
  event.respondWith(networkKeepingACopy(event.request));
});

async function networkKeepingACopy(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    // A page is kept without its query (search adds ?q=… as the reader types).
    // PocketBase answers with Vary: Origin, which module scripts send and the kept copies lack.
    const copy = await cache.match(request, { ignoreVary: true, ignoreSearch: request.mode === 'navigate' });
    if (copy) return copy;
    throw offline;
  }
}
