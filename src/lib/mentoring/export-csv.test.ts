import { describe, expect, it } from 'vitest';
import { BOM, csvField, sessionsCsv } from './export-csv';
import type { SessionBundle } from './types';

const bundle: SessionBundle = {
  session: {
    id: 's1',
    mentor: 'm',
    fellows: ['ana', 'bela'],
    date: '2026-11-01',
    minutes: 90,
    mode: 'in_person',
    kind: 'group_supervision',
    topics: ['ethics', 'self-care'],
    functions: ['support', 'development'],
    summary: 'ზრუნვა, "საზღვრები"',
    actions: [{ id: 'a', text: 'Read', owner: 'ana', due: '2026-11-10' }],
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
    created: '',
    updated: '',
  },
  signatures: [],
  amendments: [],
  ticks: [],
};
const context = {
  names: new Map([
    ['m', 'Anahit'],
    ['ana', 'ანა'],
    ['bela', 'Bela'],
  ]),
  placement: () => ({ cohort: 'Cohort 1', program: 'social-work' }),
};

describe('sessionsCsv', () => {
  it('starts with a BOM and writes one row per fellow per session', () => {
    const csv = sessionsCsv([bundle], context);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(',ანა,');
    expect(lines[2]).toContain(',Bela,');
    expect(lines[1]).toContain('"ზრუნვა, ""საზღვრები"""');
  });

  it('adds the confidential notes column only when notes are given', () => {
    expect(sessionsCsv([bundle], context).split('\r\n')[0]).not.toContain('confidential_notes');
    const withNotes = sessionsCsv([bundle], { ...context, notes: new Map([['s1', 'secret']]) });
    expect(withNotes.split('\r\n')[0].endsWith('confidential_notes')).toBe(true);
    expect(withNotes.split('\r\n')[1].endsWith(',secret')).toBe(true);
  });

  it('leaves out fellows the filter excludes', () => {
    expect(
      sessionsCsv([bundle], { ...context, fellowFilter: (f) => f === 'bela' })
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(2);
  });
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
  });
});
