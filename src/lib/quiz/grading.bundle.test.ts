import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** grading.ts bundled the way the PocketBase hooks get it: CommonJS, ES2019, no Node. */
async function bundleGrading(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./grading.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'cjs',
    target: 'es2019',
    platform: 'neutral',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

describe('the grading bundle for PocketBase', () => {
  it('uses nothing that goja lacks: Unicode property escapes, Intl, locale APIs or zod', async () => {
    const code = await bundleGrading();
    expect(code).not.toContain('\\p{');
    expect(code).not.toMatch(/\bIntl\b|toLocale|localeCompare/);
    expect(code).not.toMatch(/zod/i);
  });

  it('grades a quiz when run as a plain CommonJS module', async () => {
    const module = { exports: {} as Record<string, Function> };
    new Function('module', 'exports', await bundleGrading())(module, module.exports);
    const quiz = {
      id: 'bundle-quiz',
      title: { ka: 'ტესტი', en: 'Test' },
      passMark: 50,
      questions: [
        { id: 'q1', type: 'short', prompt: { ka: '?', en: '?' }, accepted: { ka: ['კი'], en: ['yes'] }, maxLength: 20 },
      ],
    };
    expect(module.exports.checkSubmission(quiz, { q1: 'ᲙᲘ' })).toEqual({ ok: true });
    expect(module.exports.gradeQuiz(quiz, { q1: 'ᲙᲘ' }, 'ka')).toMatchObject({ score: 100, passed: true });
  });
});
