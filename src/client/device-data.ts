// What Ertad keeps in the browser for the signed-in person: the PocketBase session and every key
// under `ertad:` (reflection drafts, progress waiting for a connection). On a shared CSO computer
// the next person must find none of it.

export const DEVICE_KEY_PREFIX = 'ertad:';
const SESSION_KEY = 'pocketbase_auth';

/** A key for something kept for one person: `ertad:<what>:<user id or "signed-out">`. */
export function personalKey(what: string, userId: string | undefined) {
  return `${DEVICE_KEY_PREFIX}${what}:${userId ?? 'signed-out'}`;
}

/** Removes the session and everything kept under `ertad:` from the given storages. */
export function forgetSignedInPerson(...storages: Storage[]) {
  for (const storage of storages) {
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key) => key !== null);
    for (const key of keys) if (key === SESSION_KEY || key.startsWith(DEVICE_KEY_PREFIX)) storage.removeItem(key);
  }
}
