import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../../scripts/lib/root.mjs';
import { memoryStore, READ_AND_QUIZ_COURSE } from '../../../tests/support/memory-store';
import { bundleHooksCode } from '../../../scripts/lib/bundle-hooks.mjs';
import type { QuizDefinition } from '../quiz/schema';
import type { Reply } from '../records/store';

/** The names that the hooks in pocketbase/pb_hooks destructure from `require(…/generated/ertad-lib.cjs)`. */
function requiredFromBundle(): string[] {
  const hooks = join(root, 'pocketbase/pb_hooks');
  const files = readdirSync(hooks, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
  const names = files.flatMap((file) =>
    [
      ...readFileSync(join(hooks, file), 'utf8').matchAll(
        /const \{([^}]+)\} = require\(\s*`\$\{__hooks\}\/generated\/ertad-lib\.cjs`/g,
      ),
    ].flatMap(([, list]) => list.split(',').map((name) => name.trim().split(':')[0].trim())),
  );
  return [...new Set(names.filter(Boolean))];
}

/** The hook bundle exactly as `npm run build` writes it for PocketBase, loaded as a plain CommonJS module. */
async function loadBundle(): Promise<Record<string, Function>> {
  const module = { exports: {} as Record<string, Function> };
  new Function('module', 'exports', await bundleHooksCode())(module, module.exports);
  return module.exports;
}

describe('the hook bundle for PocketBase', () => {
  it('uses nothing that goja lacks: Unicode property escapes, Intl, locale APIs or zod', async () => {
    const code = await bundleHooksCode();
    expect(code).not.toContain('\\p{');
    expect(code).not.toMatch(/\bIntl\b|toLocale|localeCompare/);
    expect(code).not.toMatch(/zod/i);
  });

  it('exports every name a hook requires from it', async () => {
    const exported = Object.keys(await loadBundle());
    const required = requiredFromBundle();
    expect(required.length).toBeGreaterThan(5);
    expect(required.filter((name) => !exported.includes(name))).toEqual([]);
  });

  it('grades a Georgian short answer typed in capitals when run as a plain CommonJS module', async () => {
    const lib = await loadBundle();
    const definition: QuizDefinition = {
      id: 'gesi-quiz',
      title: { ka: 'ტესტი', en: 'Test' },
      passMark: 50,
      review: 'after-passing',
      questions: [
        { id: 'q1', type: 'short', prompt: { ka: '?', en: '?' }, accepted: { ka: ['კი'], en: ['yes'] }, maxLength: 20 },
      ],
    };
    const { store } = memoryStore({
      courses: [READ_AND_QUIZ_COURSE],
      quizzes: [{ id: 'quiz1', slug: 'gesi-quiz', courseId: 'course1', version: 'v1', definition }],
    });
    store.saveEnrolment({ userId: 'nino', courseId: 'course1', cohortId: '', status: 'active' });
    const input = {
      userId: 'nino',
      quizSlug: 'gesi-quiz',
      body: { answers: { q1: 'ᲙᲘ' }, idempotencyKey: 'bundle-test-key-0001', lang: 'ka' },
      fallbackLang: lib.DEFAULT_LANG,
      now: '2025-03-03 09:00:00.000Z',
    };
    const prepared = lib.prepareAttempt(store, input);
    expect(prepared.ok).toBe(true);
    const reply: Reply = lib.storeAttempt(store, 'nino', prepared.attempt, input.now);
    expect(reply).toMatchObject({ status: 201, body: { score: 100, passed: true } });
  });
});
