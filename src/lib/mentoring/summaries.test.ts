import { describe, expect, it } from 'vitest';
import { isOverdue } from './summaries';

describe('isOverdue', () => {
  it('flags a fellow whose last session is older than the programme allows', () => {
    expect(isOverdue('2026-10-01', '2026-09-01T00:00:00Z', '2026-11-01', 30)).toBe(true);
    expect(isOverdue('2026-10-02', '2026-09-01T00:00:00Z', '2026-11-01', 30)).toBe(false);
  });

  it('counts from the start of the mentorship when there was no session yet', () => {
    expect(isOverdue('', '2026-10-25T12:00:00Z', '2026-11-01', 30)).toBe(false);
    expect(isOverdue('', '2026-09-25T12:00:00Z', '2026-11-01', 30)).toBe(true);
  });

  it('never flags when the programme sets no limit', () => {
    expect(isOverdue('2020-01-01', '2020-01-01T00:00:00Z', '2026-11-01', 0)).toBe(false);
  });
});
