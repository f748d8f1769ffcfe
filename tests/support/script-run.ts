import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../../scripts/lib/root.mjs';

/** A project script (`scripts/<name>`) run by Node with extra environment and arguments; its output is collected. */
export function runScript(name: string, env: Record<string, string>, args: string[] = []) {
  const child: ChildProcess = spawn(process.execPath, [join(root, 'scripts', name), ...args], {
    cwd: root,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    output: () => output,
    exited,
    /** Resolves once the output contains `text`; rejects if the script exits first or time runs out. */
    async waitFor(text: string, timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      while (!output.includes(text)) {
        if (child.exitCode !== null)
          throw new Error(`scripts/${name} exited (${child.exitCode}) before printing "${text}":\n${output}`);
        if (Date.now() > deadline)
          throw new Error(`scripts/${name} did not print "${text}" in ${timeoutMs} ms:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
