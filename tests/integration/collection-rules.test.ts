import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { superuser } from '../support/clients';
import { PUBLIC_RULES } from '../support/public-access';
import { RULE_TABLES } from '../support/rule-tables';

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

describe('rule tables', () => {
  it("cover every collection but PocketBase's own (_superusers, _mfas…)", async () => {
    const collections = (await superuser().collections.getFullList())
      .map((c) => c.name)
      .filter((name) => !name.startsWith('_'));
    expect(collections.filter((name) => !(name in RULE_TABLES))).toEqual([]);
    expect(Object.keys(RULE_TABLES).filter((name) => !collections.includes(name))).toEqual([]);
  });

  it('name test files that hold a row for their collection', () => {
    const missing = Object.entries(RULE_TABLES).filter(([collection, file]) => {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8');
      return !new RegExp(`^\\s*${collection}:\\s*\\[`, 'm').test(text);
    });
    expect(missing).toEqual([]);
  });
});
