import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_LENGTH, newCode, normalizeCode, type RandomString } from './code';

const cryptoRandom: RandomString = (length, alphabet) =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

describe('verification codes', () => {
  it('carry at least 128 bits of randomness', () => {
    expect(CODE_LENGTH * Math.log2(CODE_ALPHABET.length)).toBeGreaterThanOrEqual(128);
  });

  it('use no characters that look alike', () => {
    for (const confusable of ['0', 'O', '1', 'I', 'L', 'U']) expect(CODE_ALPHABET).not.toContain(confusable);
    expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
  });

  it('are written in seven groups of four', () => {
    expect(newCode(cryptoRandom)).toMatch(/^([2-9A-HJKMNP-TV-Z]{4}-){6}[2-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('never repeat across 100,000 generated', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(newCode(cryptoRandom));
    expect(seen.size).toBe(100_000);
  });

  it('refuse a random source that strays outside the alphabet', () => {
    expect(() => newCode(() => '0'.repeat(CODE_LENGTH))).toThrow(/alphabet/);
  });

  it('are recognised whatever the case, spacing and dashes typed', () => {
    const code = newCode(cryptoRandom);
    expect(normalizeCode(code.toLowerCase())).toBe(code);
    expect(normalizeCode(` ${code.replace(/-/g, ' ')} `)).toBe(code);
    expect(normalizeCode(code.replace(/-/g, ''))).toBe(code);
  });

  it('turn typing that cannot be a code into null', () => {
    expect(normalizeCode('')).toBeNull();
    expect(normalizeCode('ABCD-EFGH')).toBeNull();
    expect(normalizeCode('O'.repeat(CODE_LENGTH))).toBeNull();
  });
});
