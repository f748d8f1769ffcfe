import { describe, expect, it } from 'vitest';
import { superuser } from '../support/clients';
import { PUBLIC_RULES } from '../support/public-access';

const RULE_KEYS = {
  listRule: 'list',
  viewRule: 'view',
  createRule: 'create',
  updateRule: 'update',
  deleteRule: 'delete',
  authRule: 'auth',
  manageRule: 'manage',
} as const;

/** `<collection>.<operation>` for every rule that is the empty string, i.e. open to guests. */
async function openRules() {
  const collections = await superuser().collections.getFullList();
  return collections.flatMap((collection) =>
    Object.entries(RULE_KEYS)
      .filter(([key]) => (collection as Record<string, unknown>)[key] === '')
      .map(([, operation]) => `${collection.name}.${operation}`),
  );
}

describe('API rules open to guests', () => {
  it('are only those on the public allow-list', async () => {
    expect((await openRules()).filter((rule) => !PUBLIC_RULES.includes(rule))).toEqual([]);
  });

  it('include everything on the allow-list, so the list does not outlive a closed rule', async () => {
    const open = await openRules();
    expect(PUBLIC_RULES.filter((rule) => !open.includes(rule))).toEqual([]);
  });
});
