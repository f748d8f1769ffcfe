import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../i18n/translate';
import { errorMessage, errorMessages, KNOWN_CODES, replyMessages } from './error-keys';

describe('mentoring error messages', () => {
  it('has a translated message for every code the routes document, in every language', () => {
    for (const code of [...KNOWN_CODES, 'unknown'])
      for (const lang of ['ka', 'en', 'az', 'hy'] as const)
        expect(DICTIONARIES[lang][`mentoring.error.${code}`], `${lang} ${code}`).toBeTruthy();
  });

  it('knows every error code the API contract lists', () => {
    const contract = readFileSync(new URL('../../../docs/mentoring-api.md', import.meta.url), 'utf8');
    const errors = contract.slice(contract.indexOf('## Errors'), contract.indexOf('## Collections'));
    const documented = errors
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...line.split('|')[1].matchAll(/`([a-z_]+)`/g)].map((m) => m[1]));
    expect(documented.length).toBeGreaterThan(30);
    expect(documented.filter((code) => !(KNOWN_CODES as readonly string[]).includes(code))).toEqual([]);
  });

  it('numbers agreed actions from one, as the form shows them', () => {
    expect(errorMessage({ code: 'action_text_required', index: 0 })).toEqual({
      key: 'mentoring.error.action_text_required',
      params: { number: 1 },
    });
  });

  it('reads an unknown code as the general message', () => {
    expect(errorMessage({ code: 'brand_new_rule' }).key).toBe('mentoring.error.unknown');
  });

  it('says a repeated problem once', () => {
    const twoStrangers = [{ code: 'fellow_not_mentee' }, { code: 'fellow_not_mentee' }, { code: 'topics_required' }];
    expect(errorMessages(twoStrangers).map((m) => m.key)).toEqual([
      'mentoring.error.fellow_not_mentee',
      'mentoring.error.topics_required',
    ]);
  });

  it('reads a route reply by its field errors, else its code, else its status', () => {
    expect(
      replyMessages(400, {
        code: 'invalid_session',
        errors: [{ code: 'date_in_future', field: 'date', message: '' }],
      })[0].key,
    ).toBe('mentoring.error.date_in_future');
    expect(replyMessages(409, { code: 'session_locked' })[0].key).toBe('mentoring.error.session_locked');
    expect(replyMessages(401, null)[0].key).toBe('mentoring.error.not_signed_in');
    expect(replyMessages(502, null)[0].key).toBe('mentoring.error.unknown');
  });
});
