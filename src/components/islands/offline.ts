/**
 * Registers public/sw.js for the search page of one language only (its scope is `/<lang>/search/`), then has it
 * keep what search needs: the files this page already loaded before the worker controlled it (the page, its
 * scripts, styles and fonts) and every index file it may need later. Resolves true once all are kept.
 */
export async function keepForOffline(scope: string, indexFiles: readonly string[]): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  await navigator.serviceWorker.register('/sw.js', { scope });
  const { active } = await navigator.serviceWorker.ready;
  if (!active) return false;
  const loaded = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    // A missing file (a favicon the site does not have) cannot be kept; browsers without responseStatus try them all.
    .filter((entry) => (entry.responseStatus ?? 200) < 400)
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && !url.pathname.startsWith('/api/'))
    .map((url) => url.href);
  const urls = [...new Set([location.pathname, ...loaded, ...indexFiles.map((file) => `/search/${file}`)])];
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ failed: number }>) => resolve(event.data.failed === 0);
    active.postMessage({ type: 'keep', urls }, [channel.port2]);
  });
}
