import { describe, expect, it } from 'vitest';
import { validClientKey } from '../mentoring/validate';
import { newIdempotencyKey } from '../../client/quiz-form';
import {
  draftFromBody,
  draftFromSession,
  draftToBody,
  draftTopics,
  hasEntries,
  newDraft,
  parseDraft,
  localToday,
  validateDraft,
  type SessionDraft,
} from './draft';

const today = '2026-12-01';
const context = { today, mentorId: 'mentor1', mentees: ['nino', 'giorgi'] };
const filled = (patch: Partial<SessionDraft> = {}): SessionDraft => ({
  ...newDraft({ today, lastMode: 'online', clientKey: 'key-12345678' }),
  fellows: ['nino'],
  topics: ['ethics'],
  ...patch,
});
const codes = (draft: SessionDraft) => validateDraft(draft, context).map((e) => e.code);

describe('a new session form', () => {
  it('starts today, for an hour, in the mode the mentor used last', () => {
    expect(newDraft({ today, lastMode: 'phone', clientKey: 'k' })).toMatchObject({
      date: today,
      minutes: '60',
      mode: 'phone',
      kind: 'mentoring',
      fellows: [],
    });
  });

  it('starts in person when no mode was used before or the one kept is unknown', () => {
    expect(newDraft({ today, lastMode: '', clientKey: 'k' }).mode).toBe('in_person');
    expect(newDraft({ today, lastMode: 'carrier-pigeon', clientKey: 'k' }).mode).toBe('in_person');
  });

  it('counts the day in the device’s own time zone', () => {
    expect(localToday(new Date(2026, 11, 1, 23, 30))).toBe('2026-12-01');
    expect(localToday(new Date(2026, 11, 2, 0, 15))).toBe('2026-12-02');
  });

  it('carries a key the sessions route accepts, so a resend is recognised', () => {
    expect(validClientKey(newDraft({ today, clientKey: newIdempotencyKey() }).clientKey)).toBe(true);
  });

  it('tells a draft with entries from an untouched one', () => {
    const fresh = newDraft({ today, lastMode: 'online', clientKey: 'a' });
    expect(hasEntries({ ...fresh, clientKey: 'b' }, fresh)).toBe(false);
    expect(hasEntries({ ...fresh, summary: 'We talked' }, fresh)).toBe(true);
  });
});

describe('a draft kept on the device', () => {
  it('comes back as it was left', () => {
    const draft = filled({
      summary: 'ნინომ ისაუბრა ზღვრებზე',
      actions: [{ id: 'a1', text: 'Read', owner: 'nino', due: '' }],
    });
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it('is ignored when it is missing, broken or not a draft', () => {
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft('{"summary":"no key"}')).toBeNull();
  });

  it('keeps only strings in its lists', () => {
    expect(parseDraft(JSON.stringify({ clientKey: 'k1234567', fellows: ['nino', 3, null] }))?.fellows).toEqual([
      'nino',
    ]);
  });
});

describe('the request a draft becomes', () => {
  it('sends the ticked topics and the free-text one', () => {
    expect(draftTopics(filled({ topics: ['ethics'], topicOther: '  burnout ' }))).toEqual(['ethics', 'burnout']);
    expect(draftToBody(filled({ topicOther: '' }), true).topics).toEqual(['ethics']);
  });

  it('sends the duration as a number and whether the mentor signs now', () => {
    expect(draftToBody(filled({ minutes: '90' }), true)).toMatchObject({
      minutes: 90,
      sign: true,
      clientKey: 'key-12345678',
    });
    expect(draftToBody(filled(), false).sign).toBe(false);
  });

  it('leaves out action rows added and left empty', () => {
    const body = draftToBody(
      filled({
        actions: [
          { id: 'a1', text: '', owner: 'mentor1', due: '' },
          { id: 'a2', text: ' Call ', owner: 'nino', due: '' },
        ],
      }),
      true,
    );
    expect(body.actions).toEqual([{ id: 'a2', text: 'Call', owner: 'nino', due: '' }]);
  });

  it('sends confidential notes only when written', () => {
    expect('notes' in draftToBody(filled(), true)).toBe(false);
    expect(draftToBody(filled({ notes: 'private' }), true).notes).toBe('private');
  });

  it('reopens a refused session with its key, ticked topics and free-text topic', () => {
    const body = draftToBody(filled({ topicOther: 'burnout', notes: 'n', minutes: '45' }), true);
    const reopened = draftFromBody(body, ['ethics']);
    expect(reopened).toMatchObject({
      clientKey: 'key-12345678',
      topics: ['ethics'],
      topicOther: 'burnout',
      notes: 'n',
      minutes: '45',
      fellows: ['nino'],
    });
  });
});

describe('checking a draft with the server’s rules', () => {
  it('accepts a complete session', () => {
    expect(codes(filled())).toEqual([]);
  });

  it('refuses a date in the future or more than 90 days back', () => {
    expect(codes(filled({ date: '2026-12-02' }))).toEqual(['date_in_future']);
    expect(codes(filled({ date: '2026-09-02' }))).toEqual([]);
    expect(codes(filled({ date: '2026-09-01' }))).toEqual(['date_too_old']);
    expect(codes(filled({ date: '' }))).toEqual(['date_required']);
  });

  it('refuses a duration outside 5–480 minutes, and an empty one rather than sending zero', () => {
    expect(codes(filled({ minutes: '4' }))).toEqual(['minutes_out_of_range']);
    expect(codes(filled({ minutes: '481' }))).toEqual(['minutes_out_of_range']);
    expect(codes(filled({ minutes: '' }))).toEqual(['minutes_out_of_range']);
    expect(codes(filled({ minutes: '5' }))).toEqual([]);
    expect(codes(filled({ minutes: '480' }))).toEqual([]);
  });

  it('refuses a session without a fellow or without a topic', () => {
    expect(codes(filled({ fellows: [] }))).toContain('fellows_required');
    expect(codes(filled({ topics: [], topicOther: '   ' }))).toEqual(['topics_required']);
    expect(codes(filled({ topics: [], topicOther: 'boundaries' }))).toEqual([]);
  });

  it('refuses a fellow not paired with this mentor and a group of one', () => {
    expect(codes(filled({ fellows: ['stranger'] }))).toEqual(['fellow_not_mentee']);
    expect(codes(filled({ kind: 'group_supervision' }))).toEqual(['group_needs_two_fellows']);
    expect(codes(filled({ kind: 'group_supervision', fellows: ['nino', 'giorgi'] }))).toEqual([]);
  });

  it('refuses an agreed action with no text that is still meant to be one', () => {
    expect(codes(filled({ actions: [{ id: 'a1', text: '', owner: 'nino', due: '2026-12-10' }] }))).toEqual([
      'action_text_required',
    ]);
  });
});

describe('changing a saved session in the form', () => {
  const saved = {
    id: 'sess1',
    clientKey: 'key-abcdefgh',
    date: '2026-11-20',
    minutes: 60,
    mode: 'phone',
    kind: 'group_supervision',
    fellows: [{ id: 'nino' }, { id: 'giorgi' }],
    topics: ['ethics', 'a free topic'],
    functions: ['support'],
    summary: 'Boundaries',
    actions: [{ id: 'a1', text: 'Read', owner: 'nino', due: '' }],
    situation: 's',
    analysis: '',
    risk: '',
    decision: '',
    rationale: '',
  };

  it('loads every field, keeps the session and its key, and survives the device storage', () => {
    const draft = draftFromSession(saved, () => 'unused-key');
    expect(draft).toMatchObject({
      sessionId: 'sess1',
      clientKey: 'key-abcdefgh',
      date: '2026-11-20',
      minutes: '60',
      mode: 'phone',
      fellows: ['nino', 'giorgi'],
      topics: ['ethics', 'a free topic'],
      situation: 's',
    });
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
    expect(draftToBody(draft, true).topics).toEqual(['ethics', 'a free topic']);
  });

  it('gives a session saved without a key a fresh one', () => {
    expect(draftFromSession({ ...saved, clientKey: '' }, () => 'fresh-key-1').clientKey).toBe('fresh-key-1');
  });
});
