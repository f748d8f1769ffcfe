import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { builtBinary } from '../../scripts/lib/pocketbase-binary.mjs';
import { startPocketBase, upsertSuperuser } from '../../scripts/lib/pocketbase-process.mjs';

const work = mkdtempSync(join(tmpdir(), 'ertad-start-'));
const counter = join(work, 'starts');
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Each test may point PB_BIN at a stand-in; the next one starts from the real binary again.
const originalBinary = process.env.PB_BIN;
afterEach(() => {
  if (originalBinary === undefined) delete process.env.PB_BIN;
  else process.env.PB_BIN = originalBinary;
});

/** Writes an executable stand-in for PocketBase named `name`, made of `lines`; returns its path. */
function standIn(name: string, lines: string[]) {
  const script = join(work, name);
  writeFileSync(script, lines.join('\n'));
  chmodSync(script, 0o755);
  return script;
}

/** A PB_BIN that fails its first `failures` starts as a server on a taken port does, then is PocketBase. */
function binaryLosingTheFirstPorts(failures: number) {
  writeFileSync(counter, '0');
  return standIn(`pocketbase-after-${failures}`, [
    '#!/bin/sh',
    `n=$(($(cat '${counter}') + 1)); echo $n > '${counter}'`,
    `if [ $n -le ${failures} ]; then echo 'Error: listen tcp 127.0.0.1:1: bind: address already in use' >&2; exit 1; fi`,
    `exec '${builtBinary}' "$@"`,
  ]);
}

/**
 * A PB_BIN that is not PocketBase but answers its health check on the port it is given, for three
 * seconds, without ever printing that it started: as another test's server would on a raced port.
 */
function impostorBinary() {
  return standIn('impostor', [
    `#!${process.execPath}`,
    "const address = process.argv.find((arg) => arg.startsWith('--http=')).slice('--http='.length);",
    "const at = address.lastIndexOf(':');",
    "require('node:http')",
    '  .createServer((request, response) => response.end(\'{"code":200,"message":"API is healthy."}\'))',
    '  .listen(Number(address.slice(at + 1)), address.slice(0, at));',
    'setTimeout(() => process.exit(0), 3000);',
  ]);
}

/**
 * A PB_BIN that starts, then prints PocketBase's first-superuser link half a second later, as
 * PocketBase does from a goroutine after its start banner.
 */
function binaryPrintingTheInstallerLinkLate() {
  return standIn('installer-late', [
    '#!/bin/sh',
    'echo "2026/12/01 00:00:00 Server started at http://127.0.0.1:1"',
    'sleep 0.5',
    'echo "http://127.0.0.1:1/_/#/pbinstall/token-printed-late"',
    'exec sleep 30',
  ]);
}

/** A PB_BIN whose superuser save fails as PocketBase's does: the error printed, and exit code 0. */
function binaryFailingTheSuperuserSave() {
  return standIn('upsert-fails', [
    '#!/bin/sh',
    'echo "Error: failed to upsert superuser account: database is locked (5) (SQLITE_BUSY)" >&2',
    'exit 0',
  ]);
}

describe('startPocketBase', () => {
  const stops: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  it('chooses another free port when the one it chose was taken before PocketBase bound it', async () => {
    process.env.PB_BIN = binaryLosingTheFirstPorts(2);
    const server = await startPocketBase({ dataDir: mkdtempSync(join(work, 'data-')) });
    stops.push(() => server.stop());
    expect(readFileSync(counter, 'utf8').trim()).toBe('3');
    expect((await fetch(`${server.url}/api/health`)).ok).toBe(true);
  });

  it('gives up with the server output after five taken ports', async () => {
    process.env.PB_BIN = binaryLosingTheFirstPorts(5);
    await expect(startPocketBase({ dataDir: mkdtempSync(join(work, 'data-')) })).rejects.toThrow(
      /exited with code 1 before it was ready:\nError: listen tcp .*address already in use/,
    );
    expect(readFileSync(counter, 'utf8').trim()).toBe('5');
  });

  it('does not take the health answer of another server on its port for its own start', async () => {
    process.env.PB_BIN = impostorBinary();
    await expect(startPocketBase({ dataDir: mkdtempSync(join(work, 'data-')) })).rejects.toThrow(
      /exited with code 0 before it was ready/,
    );
  });

  it('waits for output the server prints after it started, and names what never came', async () => {
    process.env.PB_BIN = binaryPrintingTheInstallerLinkLate();
    const server = await startPocketBase({ dataDir: mkdtempSync(join(work, 'data-')) });
    stops.push(() => server.stop());
    await expect(server.waitForOutput(/pbinstall\/token-printed-late/)).resolves.toBeUndefined();
    await expect(server.waitForOutput('never printed', 300)).rejects.toThrow(
      /PocketBase printed no never printed within 300 ms/,
    );
  });
});

describe('upsertSuperuser', () => {
  it('saves an account PocketBase then signs in with, also when its password starts with a dash', async () => {
    const dataDir = mkdtempSync(join(work, 'data-'));
    upsertSuperuser(dataDir, 'someone@test.ertad.example', '-uDn1c2q-a-password-of-length');
    const server = await startPocketBase({ dataDir });
    try {
      const response = await fetch(`${server.url}/api/collections/_superusers/auth-with-password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identity: 'someone@test.ertad.example', password: '-uDn1c2q-a-password-of-length' }),
      });
      expect(response.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('fails with PocketBase’s error when the save failed, though PocketBase exits with 0', () => {
    process.env.PB_BIN = binaryFailingTheSuperuserSave();
    expect(() => upsertSuperuser(mkdtempSync(join(work, 'data-')), 'someone@test.ertad.example', 'x')).toThrow(
      /superuser upsert someone@test\.ertad\.example failed: Error: failed to upsert superuser account: database is locked/,
    );
  });
});
