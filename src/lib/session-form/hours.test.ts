import { describe, expect, it } from 'vitest';
import { formatHours, hoursPercent } from './hours';

describe('signed hours', () => {
  it('shows whole hours without decimals and half hours with one', () => {
    expect(formatHours(720, 'en')).toBe('12');
    expect(formatHours(90, 'en')).toBe('1.5');
    expect(formatHours(0, 'en')).toBe('0');
  });

  it('writes the decimal the way the page’s language does', () => {
    expect(formatHours(90, 'ka')).toBe('1,5');
  });

  it('fills the bar to the requirement and no further', () => {
    expect(hoursPercent(720, 1440)).toBe(50);
    expect(hoursPercent(2000, 1440)).toBe(100);
    expect(hoursPercent(0, 0)).toBe(100);
  });
});
