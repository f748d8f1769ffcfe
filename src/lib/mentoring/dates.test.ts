import { describe, expect, it } from 'vitest';
import { latestDayOnEarth } from './dates';

describe('latestDayOnEarth', () => {
  it('is already tomorrow at 01:00 in Tbilisi, while UTC still says yesterday', () => {
    // 2026-12-02 01:00 in Tbilisi (UTC+4) is 2026-12-01 21:00 UTC.
    expect(latestDayOnEarth('2026-12-01T21:00:00.000Z')).toBe('2026-12-02');
  });

  it('reads PocketBase timestamps too and never runs more than one day ahead', () => {
    expect(latestDayOnEarth('2026-12-01 09:00:00.000Z')).toBe('2026-12-01');
    expect(latestDayOnEarth('2026-12-01 10:00:00.000Z')).toBe('2026-12-02');
  });
});
