/**
 * `compute` made to run once per key object: later calls with the same object get the first
 * result, and the cache lets go of objects nobody else holds. For values derived from data the
 * server keeps between requests (parsed quiz definitions, query shapes) on its hot paths; the
 * function it returns makes no closure per call, which PocketBase's JS engine would allocate.
 */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const values = new WeakMap<K, V>();
  return (key) => {
    if (!values.has(key)) values.set(key, compute(key));
    return values.get(key) as V;
  };
}
