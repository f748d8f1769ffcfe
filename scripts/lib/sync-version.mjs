// Content versions for the sync: a hash of the content itself, so re-running the sync on an
// unchanged build keeps every version, and any change to a definition gives a new one.
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so that key order never changes a hash. */
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The first 16 hex digits of the SHA-256 of the canonical JSON. */
export function contentVersion(value) {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 16);
}
