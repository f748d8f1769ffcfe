import { describe, expect, it } from 'vitest';
import { perObject } from './per-object';

describe('perObject', () => {
  it('computes once per object and gives each object its own value', () => {
    const seen: object[] = [];
    const sizeOf = perObject((list: number[]) => {
      seen.push(list);
      return list.length;
    });
    const a = [1, 2];
    const b = [1, 2, 3];
    expect([sizeOf(a), sizeOf(b), sizeOf(a), sizeOf(b)]).toEqual([2, 3, 2, 3]);
    expect(seen).toEqual([a, b]);
  });

  it('keeps a computed undefined instead of computing it again', () => {
    let calls = 0;
    const nothing = perObject((_: object) => {
      calls++;
      return undefined;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(calls).toBe(1);
  });
});
