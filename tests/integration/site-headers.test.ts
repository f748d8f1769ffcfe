import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/lib/root.mjs';
import { pocketbaseUrl, superuser, uniqueEmail } from '../support/clients';

const page = (path: string, headers: Record<string, string> = {}) => fetch(`${pocketbaseUrl()}${path}`, { headers });

describe('the headers PocketBase sends with the built site', () => {
  beforeAll(() => {
    expect(existsSync(join(root, 'dist/ka/404/index.html')), 'dist/ is missing or old: run npm run build').toBe(true);
  });

  it('refuse framing, limit the referrer and turn off device features on every page', async () => {
    const response = await page('/en/courses/');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  it('come with a page that carries its script and style policy, with hashes and no unsafe-inline', async () => {
    const html = await (await page('/en/courses/')).text();
    const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'self' 'sha256-/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('let phones keep hashed assets for a year and make them revalidate pages', async () => {
    const asset = readdirSync(join(root, 'dist/_astro')).find((file) => file.endsWith('.js'))!;
    expect((await page(`/_astro/${asset}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const html = await page('/en/');
    expect(html.headers.get('cache-control')).toBe('no-cache');
    const again = await page('/en/', { 'if-modified-since': html.headers.get('last-modified')! });
    expect(again.status).toBe(304);
  });
});

describe('a missing page', () => {
  it.each([
    ['/en/courses/no-such-course/', 'en', 'Page not found'],
    ['/az/nowhere', 'az', 'Səhifə tapılmadı'],
    ['/hy/nowhere/', 'hy', 'Էջը չի գտնվել'],
    ['/no-language/here', 'ka', 'გვერდი ვერ მოიძებნა'],
  ])('%s answers 404 with an HTML page in %s that links home and to search', async (path, lang, title) => {
    const response = await page(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(title);
    expect(html).toContain(`href="/${lang}/"`);
    expect(html).toContain(`href="/${lang}/search/"`);
  });

  it('leaves the API’s own 404 answers as JSON', async () => {
    const response = await page('/api/collections/no_such_collection/records');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/json');
  });
});

describe('a sign-in', () => {
  it('lasts one day', async () => {
    const email = uniqueEmail('session-length');
    const password = 'correct-horse-battery';
    await superuser()
      .collection('users')
      .create({ email, password, passwordConfirm: password, name: 'Session', role: 'fellow' });
    const pb = new PocketBase(pocketbaseUrl());
    await pb.collection('users').authWithPassword(email, password);
    const { exp } = JSON.parse(Buffer.from(pb.authStore.token.split('.')[1], 'base64url').toString());
    expect(exp - Date.now() / 1000).toBeGreaterThan(86_400 - 60);
    expect(exp - Date.now() / 1000).toBeLessThanOrEqual(86_400);
  });
});

describe('POST /api/ertad/sign-out', () => {
  it('makes every session of the account invalid, on this device and on others', async () => {
    const email = uniqueEmail('sign-out');
    const password = 'correct-horse-battery';
    const user = await superuser()
      .collection('users')
      .create({ email, password, passwordConfirm: password, name: 'Shared computer', role: 'fellow' });
    const here = await superuser().collection('users').impersonate(user.id, 3600);
    const phone = await superuser().collection('users').impersonate(user.id, 3600);
    const ownRecord = (token: string) =>
      fetch(`${pocketbaseUrl()}/api/collections/users/records/${user.id}`, { headers: { Authorization: token } }).then(
        (r) => r.status,
      );
    expect(await ownRecord(phone.authStore.token)).toBe(200);

    const response = await fetch(`${pocketbaseUrl()}/api/ertad/sign-out`, {
      method: 'POST',
      headers: { Authorization: here.authStore.token },
    });
    expect(response.status).toBe(204);
    expect(await ownRecord(here.authStore.token)).toBe(404);
    expect(await ownRecord(phone.authStore.token)).toBe(404);
  });

  it('answers 401 to a guest', async () => {
    expect((await fetch(`${pocketbaseUrl()}/api/ertad/sign-out`, { method: 'POST' })).status).toBe(401);
  });
});
