// The search page's service worker. The page registers it with the scope /<lang>/search/, so it controls only the
// search pages and sees only their requests: it answers each from the network and keeps a copy, and answers from
// that copy when the network is gone, so that search keeps working offline once it has been opened.
const CACHE = 'ertad-search';

self.addEventListener('install', () => self.skipWaiting());
// Control the page that registered us at once, so the index chunks it loads next are kept too.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

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
    // The search page is kept without its ?q=…, which the page adds as the reader types.
    // PocketBase answers with Vary: Origin, which module scripts send and the kept copies lack.
    const copy = await cache.match(request, { ignoreVary: true, ignoreSearch: request.mode === 'navigate' });
    if (copy) return copy;
    throw offline;
  }
}
