import { describe, expect, it } from 'vitest';
import { returnPath } from './return-path';

describe('returnPath', () => {
  it('returns a course page of this site', () => {
    expect(returnPath('?next=%2Fka%2Fcourses%2Fgesi-foundations%2F')).toBe('/ka/courses/gesi-foundations/');
  });
  it('refuses other sites, protocol-relative addresses and script URLs', () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example/ka/',
      'javascript:alert(1)',
      '/ka//evil.example',
      '/ka/../admin',
    ]) {
      expect(returnPath(`?next=${encodeURIComponent(next)}`)).toBeNull();
    }
  });
  it('refuses paths outside the four site languages and a missing parameter', () => {
    expect(returnPath('?next=/de/courses/')).toBeNull();
    expect(returnPath('')).toBeNull();
  });
});
