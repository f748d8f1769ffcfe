import { describe, expect, it } from 'vitest';
import {
  courseComplete,
  mayIssueAutomatically,
  programComplete,
  signedMinutes,
  type CourseRule,
  type ProgramRule,
} from './rules';

const course: CourseRule = { modules: ['intro', 'practice'], quizzes: ['gesi-quiz'], description: {}, criteria: {} };
const program: ProgramRule = { courses: ['gesi', 'advocacy'], description: {}, criteria: {} };
const pass = (version = 'v1') => ({ quiz: 'gesi-quiz', version, passed: true });
const fail = (version = 'v1') => ({ quiz: 'gesi-quiz', version, passed: false });

describe('course completion rule', () => {
  it('is met when every required module is completed and every required quiz passed', () => {
    expect(courseComplete(course, ['intro', 'practice'], [pass()])).toBe(true);
  });

  it('is not met while a required module is unfinished', () => {
    expect(courseComplete(course, ['intro'], [pass()])).toBe(false);
  });

  it('is not met while a required quiz has only failed attempts', () => {
    expect(courseComplete(course, ['intro', 'practice'], [fail(), fail()])).toBe(false);
  });

  it('stays met when a quiz is re-attempted and failed after it was passed', () => {
    expect(courseComplete(course, ['intro', 'practice'], [fail(), pass(), fail()])).toBe(true);
  });

  it('stays met when the quiz changed after it was passed: the attempt keeps the version it answered', () => {
    expect(courseComplete(course, ['intro', 'practice'], [pass('old-version'), fail('new-version')])).toBe(true);
  });

  it('ignores modules that are completed but not required', () => {
    const rule = { ...course, modules: ['intro'] };
    expect(courseComplete(rule, ['intro', 'optional-extra'], [pass()])).toBe(true);
  });

  it('is never met by a rule that requires nothing', () => {
    expect(courseComplete({ ...course, modules: [], quizzes: [] }, ['intro'], [pass()])).toBe(false);
  });
});

describe('programme completion rule', () => {
  const signed = (minutes: number) => ({ minutes, signedByBoth: true });

  it('is met when every required course is complete and the signed hours reach the requirement', () => {
    expect(programComplete(program, ['gesi', 'advocacy'], 12, [signed(360), signed(360)])).toBe(true);
  });

  it('is not met while a required course is incomplete', () => {
    expect(programComplete(program, ['gesi'], 0, [])).toBe(false);
  });

  it('is never met with a supervision requirement and no signed sessions, as before mentoring exists', () => {
    expect(programComplete(program, ['gesi', 'advocacy'], 24, [])).toBe(false);
  });

  it('needs no sessions when the programme requires no supervision', () => {
    expect(programComplete(program, ['gesi', 'advocacy'], 0, [])).toBe(true);
  });

  it('counts only sessions signed by both sides', () => {
    const sessions = [signed(600), { minutes: 600, signedByBoth: false }];
    expect(signedMinutes(sessions)).toBe(600);
    expect(programComplete(program, ['gesi', 'advocacy'], 12, sessions)).toBe(false);
  });

  it('keeps counting hours from a mentorship that has ended', () => {
    // The session list holds the holder's sessions of every mentorship in the programme, ended ones included.
    const endedMentorship = [signed(480), signed(240)];
    const currentMentorship = [signed(0)];
    expect(programComplete(program, ['gesi', 'advocacy'], 12, [...endedMentorship, ...currentMentorship])).toBe(true);
  });

  it('is never met by a programme that requires no course', () => {
    expect(programComplete({ ...program, courses: [] }, [], 0, [])).toBe(false);
  });
});

describe('automatic issuance', () => {
  it('issues when the person never held a certificate for the achievement', () => {
    expect(mayIssueAutomatically([])).toBe(true);
  });

  it('does not re-issue a revoked certificate', () => {
    expect(mayIssueAutomatically([{ status: 'revoked' }])).toBe(false);
  });

  it('does not issue a second one beside an issued certificate', () => {
    expect(mayIssueAutomatically([{ status: 'issued' }])).toBe(false);
  });
});
