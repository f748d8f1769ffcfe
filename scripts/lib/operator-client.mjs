// The superuser session of the operator scripts (`npm run backup`, `npm run restore`): flags, or the
// environment for a timer or cron job (so the password stays out of the process list).
import { parseArgs } from 'node:util';
import PocketBase from 'pocketbase';

/** Parses --url/--email/--password (ERTAD_URL, ERTAD_SUPERUSER_EMAIL, ERTAD_SUPERUSER_PASSWORD) and more `options`. */
export function operatorArgs(usage, options = {}) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, ...options },
  });
  const url = values.url ?? process.env.ERTAD_URL ?? 'http://127.0.0.1:8090';
  const email = values.email ?? process.env.ERTAD_SUPERUSER_EMAIL;
  const password = values.password ?? process.env.ERTAD_SUPERUSER_PASSWORD;
  if (!email || !password) {
    console.error(`usage: ${usage}\n  (or set ERTAD_URL, ERTAD_SUPERUSER_EMAIL and ERTAD_SUPERUSER_PASSWORD)`);
    process.exit(2);
  }
  return { url, email, password, values, positionals };
}

/** A PocketBase client signed in as the superuser. */
export async function superuserSession({ url, email, password }) {
  const pb = new PocketBase(url);
  pb.autoCancellation(false);
  await pb.collection('_superusers').authWithPassword(email, password);
  return pb;
}

/** A backup name PocketBase accepts (lower-case letters, digits, - and _, ending .zip), stamped to the second. */
export function backupName(prefix, date = new Date()) {
  return `${prefix}-${date.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}.zip`;
}
