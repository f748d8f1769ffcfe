import { describe, expect, it } from 'vitest';
import { guest, signedInAs, superuser, uniqueEmail } from '../support/clients';

const password = 'a-long-enough-password';

async function signUp(fields: Record<string, unknown> = {}) {
  return guest()
    .collection('users')
    .create({ email: uniqueEmail('signup'), password, passwordConfirm: password, name: 'Nino', ...fields });
}

describe('users: roles and sign-up', () => {
  it('makes a self-signed-up account a fellow speaking Georgian by default', async () => {
    const created = await signUp();
    const stored = await superuser().collection('users').getOne(created.id);
    expect(stored.role).toBe('fellow');
    expect(stored.preferred_language).toBe('ka');
  });

  it('keeps the language chosen on sign-up', async () => {
    const created = await signUp({ preferred_language: 'hy' });
    expect((await superuser().collection('users').getOne(created.id)).preferred_language).toBe('hy');
  });

  for (const role of ['coordinator', 'mentor', 'trainer']) {
    it(`refuses a sign-up that asks for the ${role} role`, async () => {
      await expect(signUp({ role })).rejects.toMatchObject({ status: 400 });
    });
  }

  it('refuses a password shorter than 10 characters', async () => {
    await expect(signUp({ password: 'short-pw1', passwordConfirm: 'short-pw1' })).rejects.toMatchObject({
      status: 400,
      response: { data: { password: expect.anything() } },
    });
  });

  it('refuses a second account with the same email', async () => {
    const email = uniqueEmail('twice');
    await signUp({ email });
    await expect(signUp({ email })).rejects.toMatchObject({
      response: { data: { email: { code: 'validation_not_unique' } } },
    });
  });

  it('does not let a fellow promote themselves', async () => {
    const { pb, record } = await signedInAs('fellow');
    await expect(pb.collection('users').update(record.id, { role: 'coordinator' })).rejects.toMatchObject({
      status: 404,
    });
    expect((await superuser().collection('users').getOne(record.id)).role).toBe('fellow');
  });

  it('lets a fellow change their own name and language', async () => {
    const { pb, record } = await signedInAs('fellow');
    const updated = await pb.collection('users').update(record.id, { name: 'ნინო', preferred_language: 'en' });
    expect(updated).toMatchObject({ name: 'ნინო', preferred_language: 'en', role: 'fellow' });
  });

  it('lets a coordinator change a role', async () => {
    const { record } = await signedInAs('fellow');
    const { pb } = await signedInAs('coordinator');
    expect((await pb.collection('users').update(record.id, { role: 'mentor' })).role).toBe('mentor');
  });

  it('does not let a mentor change a role', async () => {
    const { record } = await signedInAs('fellow');
    const { pb } = await signedInAs('mentor');
    await expect(pb.collection('users').update(record.id, { role: 'trainer' })).rejects.toMatchObject({ status: 404 });
  });

  it('shows a fellow only their own account', async () => {
    const a = await signedInAs('fellow');
    await signedInAs('fellow');
    const list = await a.pb.collection('users').getFullList();
    expect(list.map((u) => u.id)).toEqual([a.record.id]);
  });

  it('shows guests no accounts', async () => {
    await signedInAs('fellow');
    expect((await guest().collection('users').getList()).items).toEqual([]);
  });
});
