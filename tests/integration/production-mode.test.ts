import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PocketBase from 'pocketbase';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/pocketbase-process.mjs';
import { runScript } from '../support/script-run';

const DEMO_SUPERUSER_EMAIL = 'admin@demo.ertad.example';
// The passwords the seed scripts used to fix in the source: they must open nothing.
const FORMER_DEMO_PASSWORDS = ['ertad-demo-admin-2026', 'ertad-demo-2026'];

describe('npm run serve on an empty data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ertad-serve-'));
  let serve: ReturnType<typeof runScript>;
  let url: string;
  let installerLink: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    serve = runScript('serve.mjs', { ERTAD_DATA: dataDir, HOST: '127.0.0.1', PORT: String(port) });
    await serve.waitFor('in production mode');
    installerLink = serve.output().match(/http:\/\/\S+\/_\/#\/pbinstall\/(\S+)/)?.[0] ?? '';
  });

  afterAll(async () => {
    await serve?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints how to create the first superuser: an installer link and the superuser create command', () => {
    expect(installerLink).toContain(`${url}/_/#/pbinstall/`);
    expect(serve.output()).toContain(`superuser create EMAIL PASSWORD --dir=${dataDir}`);
  });

  it('prints no SQL', () => {
    expect(serve.output()).not.toMatch(/\b(SELECT|INSERT INTO|UPDATE|CREATE TABLE)\b/);
  });

  it('does not let the demo superuser or the demo fellow sign in', async () => {
    const pb = new PocketBase(url);
    for (const password of FORMER_DEMO_PASSWORDS) {
      await expect(pb.collection('_superusers').authWithPassword(DEMO_SUPERUSER_EMAIL, password)).rejects.toMatchObject(
        { status: 400 },
      );
    }
    await expect(
      pb.collection('users').authWithPassword('fellow@demo.ertad.example', FORMER_DEMO_PASSWORDS[1]),
    ).rejects.toMatchObject({
      status: 400,
    });
  });

  it('has no account at all, and its installer link creates the first superuser', async () => {
    const token = installerLink.split('/pbinstall/')[1];
    const installer = new PocketBase(url);
    installer.authStore.save(token);
    const password = 'first-operator-password';
    await installer
      .collection('_superusers')
      .create({ email: 'operator@cso.example', password, passwordConfirm: password });

    const operator = new PocketBase(url);
    await operator.collection('_superusers').authWithPassword('operator@cso.example', password);
    const superusers = await operator.collection('_superusers').getFullList();
    expect(superusers.map((record) => record.email)).toEqual(['operator@cso.example']);
    expect((await operator.collection('users').getList(1, 1)).totalItems).toBe(0);
  });
});

describe('npm start bound to a network address', () => {
  it('refuses to seed demo accounts on HOST=0.0.0.0 without ERTAD_ALLOW_DEMO_ON_NETWORK, and touches no data', async () => {
    const dataDir = join(tmpdir(), `ertad-start-refused-${process.pid}`);
    const start = runScript('start.mjs', {
      ERTAD_DATA: dataDir,
      HOST: '0.0.0.0',
      PORT: String(await freePort()),
      ERTAD_ALLOW_DEMO_ON_NETWORK: '',
    });
    expect(await start.exited).toBe(1);
    expect(start.output()).toContain('ERTAD_ALLOW_DEMO_ON_NETWORK=1');
    expect(start.output()).toContain('npm run serve');
    expect(existsSync(dataDir)).toBe(false);
  });
});
