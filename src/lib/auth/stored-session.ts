/** What the header needs to know about the person signed in on this device. */
export interface StoredSession {
  id: string;
  token: string;
  name: string;
  email: string;
  role: string;
}

/** Seconds since the epoch at which a JWT expires, or 0 when it cannot be read. */
function tokenExpiry(token: string): number {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return Number(JSON.parse(atob(payload)).exp) || 0;
  } catch {
    return 0;
  }
}

/**
 * Reads the PocketBase SDK's saved session (`localStorage.pocketbase_auth`); an expired or
 * unreadable one counts as signed out, so the header never shows a stale name.
 */
export function readStoredSession(raw: string | null, nowSeconds: number): StoredSession | null {
  if (!raw) return null;
  try {
    const { token, record } = JSON.parse(raw);
    if (typeof token !== 'string' || !record || tokenExpiry(token) <= nowSeconds) return null;
    return {
      id: String(record.id ?? ''),
      token,
      name: String(record.name || record.email || ''),
      email: String(record.email ?? ''),
      role: String(record.role ?? ''),
    };
  } catch {
    return null;
  }
}
