// The superuser account the start scripts use to sync content and seed demo data. Its password is
// new at every start and never printed, so no human account's password is needed or touched.
import { randomBytes } from 'node:crypto';
import { upsertSuperuser } from './pocketbase-process.mjs';

export const SYNC_ACCOUNT_EMAIL = 'content-sync@ertad.example';

/** Creates the account or gives it a fresh password (PocketBase must not be running on dataDir yet). */
export function refreshSyncAccount(dataDir) {
  const password = randomBytes(24).toString('base64url');
  upsertSuperuser(dataDir, SYNC_ACCOUNT_EMAIL, password);
  return { email: SYNC_ACCOUNT_EMAIL, password };
}
