import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../scripts/lib/loopback.mjs';

describe('which listen addresses count as loopback for the demo', () => {
  it.each(['127.0.0.1', '127.0.1.1', 'localhost', 'LOCALHOST', '::1', '[::1]'])(
    '%s reaches only this machine',
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );

  it.each(['0.0.0.0', '::', '[::]', '192.168.1.10', '10.0.0.5', 'ertad.example.ge', '128.0.0.1'])(
    '%s can be reached from a network',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );
});
