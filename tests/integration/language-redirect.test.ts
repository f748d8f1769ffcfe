import { describe, expect, it } from 'vitest';
import { pocketbaseUrl } from '../support/clients';

async function rootRedirect(acceptLanguage?: string) {
  const response = await fetch(`${pocketbaseUrl()}/`, {
    redirect: 'manual',
    headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {},
  });
  return { status: response.status, location: response.headers.get('location'), vary: response.headers.get('vary') };
}

describe('/ on the server', () => {
  it('sends an Armenian-speaking browser to /hy/', async () => {
    expect(await rootRedirect('hy-AM,hy;q=0.9,ru;q=0.8')).toMatchObject({ status: 302, location: '/hy/' });
  });
  it('sends a browser without a supported language to /ka/', async () => {
    expect(await rootRedirect('de-DE,fr;q=0.5')).toMatchObject({ status: 302, location: '/ka/' });
    expect(await rootRedirect()).toMatchObject({ status: 302, location: '/ka/' });
  });
  it('tells caches that the answer depends on Accept-Language', async () => {
    expect((await rootRedirect('en')).vary).toContain('Accept-Language');
  });
});
