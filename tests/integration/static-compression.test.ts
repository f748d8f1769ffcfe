import { get } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { root } from '../../scripts/lib/root.mjs';
import { pocketbaseUrl } from '../support/clients';

/** The raw response, as a browser on a slow line receives it (fetch would decompress it). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
    }).on('error', reject);
  });
}

describe('the built site as PocketBase serves it', () => {
  it('sends pages gzip-compressed to browsers that accept it', async () => {
    expect(
      existsSync(join(root, 'dist/ka/index.html')),
      'dist/ is missing: npm test builds it, or run npm run build',
    ).toBe(true);
    const plain = await rawGet(`${pocketbaseUrl()}/ka/`, {});
    const zipped = await rawGet(`${pocketbaseUrl()}/ka/`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(plain.encoding).toBeUndefined();
    expect(zipped.encoding).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
  });
});
