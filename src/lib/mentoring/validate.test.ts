import { describe, expect, it } from 'vitest';
import type { SessionContent } from './types';
import { validateSession, validClientKey } from './validate';

const TODAY = '2026-12-01';
const context = { today: TODAY, mentorId: 'mentor', activeMentees: new Set(['ana', 'bela']) };
const valid: SessionContent = {
  date: '2026-11-30',
  minutes: 60,
  mode: 'online',
  kind: 'individual_supervision',
  fellows: ['ana'],
  topics: ['ethics'],
  functions: ['support'],
  summary: 'Summary',
  actions: [{ id: 'a1', text: 'Read', owner: 'ana', due: '2026-12-10' }],
  situation: '',
  analysis: '',
  risk: '',
  decision: '',
  rationale: '',
};
const codes = (change: Partial<SessionContent>, extra = {}) =>
  validateSession({ ...valid, ...change }, { ...context, ...extra }).map((e) => e.code);

describe('validateSession', () => {
  it('accepts a complete session', () => {
    expect(codes({})).toEqual([]);
  });

  it('requires a real date, not in the future and at most 90 days back', () => {
    expect(codes({ date: '' })).toEqual(['date_required']);
    expect(codes({ date: '2026-02-30' })).toEqual(['date_invalid']);
    expect(codes({ date: '30.11.2026' })).toEqual(['date_invalid']);
    expect(codes({ date: '2026-12-02' })).toEqual(['date_in_future']);
    expect(codes({ date: TODAY })).toEqual([]);
    expect(codes({ date: '2026-09-02' })).toEqual([]);
    expect(codes({ date: '2026-09-01' })).toEqual(['date_too_old']);
  });

  it('lets an amendment keep a date older than 90 days', () => {
    expect(codes({ date: '2026-01-10' }, { allowOldDate: true })).toEqual([]);
  });

  it('takes 5 to 480 whole minutes', () => {
    expect(codes({ minutes: 5 })).toEqual([]);
    expect(codes({ minutes: 480 })).toEqual([]);
    expect(codes({ minutes: 4 })).toEqual(['minutes_out_of_range']);
    expect(codes({ minutes: 481 })).toEqual(['minutes_out_of_range']);
    expect(codes({ minutes: 30.5 })).toEqual(['minutes_out_of_range']);
    expect(codes({ minutes: Number.NaN })).toEqual(['minutes_out_of_range']);
  });

  it('knows the modes, kinds and the four functions of supervision', () => {
    expect(codes({ mode: 'letter' as SessionContent['mode'] })).toEqual(['mode_invalid']);
    expect(codes({ kind: 'coaching' as SessionContent['kind'] })).toEqual(['kind_invalid']);
    expect(codes({ functions: ['management', 'support', 'development', 'mediation'] })).toEqual([]);
    expect(codes({ functions: ['control' as 'support'] })).toEqual(['functions_invalid']);
  });

  it('needs at least one fellow, each with an active mentorship with this mentor', () => {
    expect(codes({ fellows: [], actions: [] })).toEqual(['fellows_required']);
    expect(codes({ fellows: ['zara'], actions: [] })).toEqual(['fellow_not_mentee']);
    expect(validateSession({ ...valid, fellows: ['zara'], actions: [] }, context)[0]).toMatchObject({ value: 'zara' });
    expect(codes({ fellows: ['ana', 'ana'], kind: 'group_supervision' })).toEqual(['fellows_duplicate']);
  });

  it('matches the number of fellows to the kind of session', () => {
    expect(codes({ fellows: ['ana', 'bela'] })).toEqual(['individual_needs_one_fellow']);
    expect(codes({ kind: 'group_supervision' })).toEqual(['group_needs_two_fellows']);
    expect(codes({ kind: 'group_supervision', fellows: ['ana', 'bela'] })).toEqual([]);
    expect(codes({ kind: 'mentoring', fellows: ['ana', 'bela'] })).toEqual([]);
  });

  it('needs at least one topic, each short and not blank', () => {
    expect(codes({ topics: [] })).toEqual(['topics_required']);
    expect(codes({ topics: ['   '] })).toEqual(['topic_invalid']);
    expect(codes({ topics: ['x'.repeat(201)] })).toEqual(['topic_invalid']);
    expect(codes({ topics: Array.from({ length: 21 }, (_, i) => `t${i}`) })).toEqual(['topic_invalid']);
    expect(codes({ topics: ['ethics', 'A free-text topic'] })).toEqual([]);
  });

  it('limits the length of the summary and the case fields', () => {
    expect(codes({ summary: 'x'.repeat(10_001) })).toEqual(['text_too_long']);
    expect(validateSession({ ...valid, risk: 'x'.repeat(10_001) }, context)[0].field).toBe('risk');
  });

  it('checks every agreed action: text, owner among the people present, due date', () => {
    const action = valid.actions[0];
    expect(codes({ actions: [{ ...action, text: ' ' }] })).toEqual(['action_text_required']);
    expect(codes({ actions: [{ ...action, owner: 'bela' }] })).toEqual(['action_owner_invalid']);
    expect(codes({ actions: [{ ...action, owner: 'mentor' }] })).toEqual([]);
    expect(codes({ actions: [{ ...action, due: 'soon' }] })).toEqual(['action_due_invalid']);
    expect(codes({ actions: [{ ...action, due: '' }] })).toEqual([]);
    expect(codes({ actions: Array.from({ length: 31 }, () => action) })).toEqual(['actions_invalid']);
  });
});

describe('validClientKey', () => {
  it('takes 8 to 100 URL-safe characters', () => {
    expect(validClientKey('abcd-1234_x')).toBe(true);
    expect(validClientKey('short')).toBe(false);
    expect(validClientKey('has space in it')).toBe(false);
    expect(validClientKey(12345678)).toBe(false);
  });
});
