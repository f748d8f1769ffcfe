/**
 * Registers public/sw.js for one page's folder only (its scope, such as `/<lang>/search/` or `/<lang>/mentor/`),
 * then has it keep what the page needs: the files this page already loaded before the worker controlled it (the
 * page, its scripts, styles and fonts) and `later`, the files it may fetch afterwards (search's index files).
 * Resolves true once all are kept.
 */
export async function keepForOffline(scope: string, later: readonly string[] = []): Promise<boolean> {
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
  const urls = [...new Set([location.pathname, ...loaded, ...later])];
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ failed: number }>) => resolve(event.data.failed === 0);
    active.postMessage({ type: 'keep', urls }, [channel.port2]);
  });
}
