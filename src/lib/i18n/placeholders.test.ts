import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from './placeholders';

describe('fillPlaceholders', () => {
  it('fills every placeholder it has a value for, numbers included', () => {
    expect(fillPlaceholders('{name}: {count} of {count}', { name: 'Nino', count: 3 })).toBe('Nino: 3 of 3');
  });
  it('leaves a placeholder without a value as it is, so a missing value shows', () => {
    expect(fillPlaceholders('Attempts left: {count}.', {})).toBe('Attempts left: {count}.');
  });
});
