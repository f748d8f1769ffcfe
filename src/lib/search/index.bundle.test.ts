import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The search module as the browser gets it, minified; lunr is left out, its size is not ours to change. */
async function bundleSearch(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./index.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    external: ['lunr'],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

async function gzippedSize(code: string): Promise<number> {
  const stream = new Blob([code]).stream().pipeThrough(new CompressionStream('gzip'));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe('the search bundle for the browser', () => {
  it('builds without Node built-ins and stays under 6 kB gzipped', async () => {
    const code = await bundleSearch();
    expect(code).not.toMatch(/from\s*"node:/);
    expect(await gzippedSize(code)).toBeLessThan(6_000);
  });
});
