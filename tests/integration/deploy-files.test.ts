import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pocketbaseBinary } from '../../scripts/lib/pocketbase-binary.mjs';
import { root } from '../../scripts/lib/root.mjs';

const unitText = readFileSync(join(root, 'deploy/ertad.service'), 'utf8');

/** The unit's `Key=value` lines by section, as systemd reads them. */
function parseUnit(text: string) {
  const sections = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = line.match(/^\[(\w+)\]$/);
    if (header) sections.set(header[1], (current = new Map()));
    else {
      const [key, ...value] = line.split('=');
      if (!current) throw new Error(`setting outside a section: ${line}`);
      current.set(key, value.join('='));
    }
  }
  return sections;
}

describe('the systemd unit in deploy/ertad.service', () => {
  const systemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;

  it.runIf(systemdAnalyze)('passes systemd-analyze verify with no warning once its binary exists', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ertad-unit-'));
    try {
      const unit = join(dir, 'ertad.service');
      writeFileSync(unit, unitText.replace('ExecStart=/opt/ertad/pocketbase ', `ExecStart=${pocketbaseBinary()} `));
      const result = spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' });
      expect(result.stderr + result.stdout).toBe('');
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs PocketBase on loopback with the project folders, no hook watching and its data in the state directory', () => {
    const service = parseUnit(unitText).get('Service')!;
    const execStart = service.get('ExecStart')!;
    for (const flag of [
      '--http=127.0.0.1:8090',
      '--dir=/var/lib/ertad',
      '--hooksDir=',
      '--migrationsDir=',
      '--publicDir=',
      '--indexFallback=false',
      '--hooksWatch=false',
    ]) {
      expect(execStart).toContain(flag);
    }
    expect(service.get('StateDirectory')).toBe('ertad');
    expect(service.get('User')).toBe('ertad');
    expect(service.get('Restart')).toBe('on-failure');
    expect(parseUnit(unitText).get('Install')!.get('WantedBy')).toBe('multi-user.target');
  });
});
