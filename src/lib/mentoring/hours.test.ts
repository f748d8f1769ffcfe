import { describe, expect, it } from 'vitest';
import { effectiveContent, minutesByFellow, stateAfterDecisions } from './hours';
import type { SessionBundle, SessionRow, SignatureRow } from './types';

function bundle(id: string, session: Partial<SessionRow>, extra: Partial<SessionBundle> = {}): SessionBundle {
  return {
    session: {
      id,
      mentor: 'm',
      fellows: ['ana'],
      date: '2026-11-01',
      minutes: 60,
      mode: 'online',
      kind: 'mentoring',
      topics: ['t'],
      functions: [],
      summary: '',
      actions: [],
      situation: '',
      analysis: '',
      risk: '',
      decision: '',
      rationale: '',
      state: 'signed',
      round: 1,
      mentorSignedAt: '2026-11-01T10:00:00Z',
      signedAt: '2026-11-02T10:00:00Z',
      clientKey: '',
      created: '2026-11-01T10:00:00Z',
      updated: '',
      ...session,
    },
    signatures: [],
    amendments: [],
    ticks: [],
    ...extra,
  };
}

const signature = (fellow: string, decision: SignatureRow['decision'], round = 1): SignatureRow => ({
  id: fellow,
  session: 's',
  fellow,
  round,
  decision,
  comment: '',
  signedAt: '',
});

describe('minutesByFellow', () => {
  it('counts a group session in full for each of its fellows', () => {
    const minutes = minutesByFellow([bundle('g', { fellows: ['ana', 'bela', 'cara'], minutes: 90 })]);
    expect(Object.fromEntries(minutes)).toEqual({ ana: 90, bela: 90, cara: 90 });
  });

  it('counts only sessions signed by the mentor and every fellow', () => {
    const minutes = minutesByFellow([
      bundle('signed', { minutes: 60 }),
      bundle('draft', { state: 'draft', mentorSignedAt: '' }),
      bundle('awaiting', { state: 'awaiting_fellows' }),
      bundle('disputed', { state: 'disputed' }),
    ]);
    expect(Object.fromEntries(minutes)).toEqual({ ana: 60 });
  });

  it('uses the amended duration', () => {
    const amended = bundle(
      'a',
      { minutes: 60 },
      {
        amendments: [
          {
            id: '1',
            session: 'a',
            author: 'm',
            reason: 'r',
            created: '2026-11-03',
            changes: { minutes: { from: 60, to: 75 } },
          },
          {
            id: '2',
            session: 'a',
            author: 'm',
            reason: 'r',
            created: '2026-11-05',
            changes: { minutes: { from: 75, to: 80 } },
          },
        ],
      },
    );
    expect(minutesByFellow([amended]).get('ana')).toBe(80);
    expect(effectiveContent(amended).minutes).toBe(80);
    expect(amended.session.minutes).toBe(60);
  });
});

describe('stateAfterDecisions', () => {
  it('is signed once every fellow signed, disputed as soon as one disagrees, else awaiting', () => {
    const fellows = ['ana', 'bela'];
    expect(stateAfterDecisions(fellows, new Map([['ana', signature('ana', 'signed')]]))).toBe('awaiting_fellows');
    expect(
      stateAfterDecisions(
        fellows,
        new Map([
          ['ana', signature('ana', 'signed')],
          ['bela', signature('bela', 'signed')],
        ]),
      ),
    ).toBe('signed');
    expect(stateAfterDecisions(fellows, new Map([['bela', signature('bela', 'disagreed')]]))).toBe('disputed');
  });
});
