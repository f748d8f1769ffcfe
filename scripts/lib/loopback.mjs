// Whether a listen address is reachable only from this machine.
import { isIP } from 'node:net';

/** True for localhost, 127.0.0.0/8 and ::1 (bracketed or not); false for 0.0.0.0, :: and every other address. */
export function isLoopbackHost(host) {
  const name = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (name === 'localhost') return true;
  if (isIP(name) === 4) return name.split('.')[0] === '127';
  if (isIP(name) === 6) return name === '::1' || name === '0:0:0:0:0:0:0:1';
  return false;
}
