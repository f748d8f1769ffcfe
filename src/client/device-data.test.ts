import { describe, expect, it } from 'vitest';
import { forgetSignedInPerson, personalKey } from './device-data';

/** The Web Storage interface over a Map, as the browser's localStorage behaves. */
class MapStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  keys() {
    return [...this.items.keys()];
  }
}

describe('forgetSignedInPerson', () => {
  it('removes the session and every ertad: key, and leaves other sites’ keys of the same origin alone', () => {
    const local = new MapStorage();
    local.setItem('pocketbase_auth', '{"token":"t"}');
    local.setItem(personalKey('reflection', 'u1') + ':course/module/prompt', 'my private draft');
    local.setItem(personalKey('pending-progress', 'u1'), '[]');
    local.setItem('unrelated', 'kept');
    const session = new MapStorage();
    session.setItem('ertad:anything', 'x');
    forgetSignedInPerson(local, session);
    expect(local.keys()).toEqual(['unrelated']);
    expect(session.keys()).toEqual([]);
  });
});

describe('personalKey', () => {
  it('names the person, so one person’s draft is never shown to the next', () => {
    expect(personalKey('reflection', 'u1')).not.toBe(personalKey('reflection', 'u2'));
    expect(personalKey('reflection', undefined)).toBe('ertad:reflection:signed-out');
  });
});
