import { describe, expect, it } from 'vitest';
import { formatDate, translator } from './translator';

describe('island strings and dates', () => {
  it('fills placeholders and shows an unknown key as itself', () => {
    const t = translator({ 'hours.bar': '{hours} / {required}' });
    expect(t('hours.bar', { hours: 1, required: 24 })).toBe('1 / 24');
    expect(t('missing.key')).toBe('missing.key');
  });

  it('writes days as Georgians, Azerbaijanis and Armenians do, and English as English', () => {
    expect(formatDate('2026-12-01', 'ka')).toBe('01.12.2026');
    expect(formatDate('2026-12-01 09:30:00.000Z', 'hy')).toBe('01.12.2026');
    expect(formatDate('2026-12-01', 'en')).toBe('1 Dec 2026');
    expect(formatDate('', 'az')).toBe('');
  });
});
