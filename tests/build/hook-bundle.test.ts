import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';
import { validFixture, writeFixture } from '../support/fixture-curriculum';

describe('the PocketBase hook bundle of a real build', () => {
  let fixture: string;
  let build: Awaited<ReturnType<typeof buildFixture>>;
  const bundle = () => join(fixture, 'hooks/ertad-lib.cjs');

  beforeAll(async () => {
    fixture = writeFixture(validFixture());
    // The build writes the bundle here instead of into pocketbase/pb_hooks/generated/.
    process.env.ERTAD_HOOKS_BUNDLE = bundle();
    build = await buildFixture(fixture);
  }, 120_000);
  afterAll(() => {
    delete process.env.ERTAD_HOOKS_BUNDLE;
    rmSync(fixture, { recursive: true, force: true });
  });

  it('is written by the site build alone, and loads as CommonJS with what the hooks require', () => {
    expect(build.status, build.output).toBe(0);
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'exports', readFileSync(bundle(), 'utf8'))(module, module.exports);
    expect(module.exports).toMatchObject({ DEFAULT_LANG: 'ka' });
    for (const name of ['learningStore', 'negotiateLanguage', 'prepareAttempt', 'recordProgress']) {
      expect(typeof module.exports[name], name).toBe('function');
    }
  });

  it('leaves the server export outside the built site', () => {
    expect(existsSync(join(build.outDir, 'server-export'))).toBe(false);
    expect(JSON.parse(readFileSync(join(build.serverDir, 'courses.json'), 'utf8'))).toMatchObject([{ slug: 'tiny-course' }]);
  });
});
