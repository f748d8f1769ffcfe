import { describe, expect, it } from 'vitest';
import { courseCertificateRule, programCertificateRule } from './content-rules';
import { courseSchema } from '../content/course-schema';
import type { RawCurriculum } from '../content/curriculum-types';
import { programSchema } from '../content/program-schema';
import { validateCurriculum } from '../content/validate';

const text = (ka: string, en: string) => ({ ka, en });

function course(id: string, certificate?: unknown, programs = ['ypp']) {
  const data = courseSchema.parse({
    title: text('კურსი', `Course ${id}`),
    summary: text('მოკლედ.', 'In short.'),
    programs,
    level: 'introductory',
    hours: 1,
    outcomes: { ka: ['შედეგი'], en: ['An outcome'] },
    modules: ['reading', 'checking'],
    ...(certificate === undefined ? {} : { certificate }),
  });
  return { id, filePath: `courses/${id}/course.yaml`, data };
}

function program(id: string, certificate?: unknown, supervisionHours = 0) {
  const data = programSchema.parse({
    title: text('პროგრამა', 'Programme'),
    summary: text('მოკლედ.', 'In short.'),
    description: text('აღწერა.', 'Description.'),
    audience: text('ყველა', 'Everyone'),
    durationMonths: 6,
    supervisionHours,
    ...(certificate === undefined ? {} : { certificate }),
  });
  return { id, filePath: `content/programs/${id}.yaml`, data };
}

const modules = [{ id: 'reading' }, { id: 'checking', quiz: 'tiny-quiz' }];

/** Only the certificate problems: the fixture has no module files, which validation also reports. */
function certificateProblems(raw: Partial<RawCurriculum>) {
  const all = validateCurriculum({ courses: [], modules: [], quizzes: [], programs: [], glossary: [], ...raw });
  return all.filter((p) => p.includes('certificate.'));
}

describe('certificate rules from the content', () => {
  it('require every module, and the quizzes that complete them, when a course says nothing', () => {
    const rule = courseCertificateRule(course('tiny'), modules);
    expect(rule).toMatchObject({ modules: ['reading', 'checking'], quizzes: ['tiny-quiz'] });
    expect(rule.description).toEqual(text('მოკლედ.', 'In short.'));
    expect(rule.criteria.en).toBe(
      'Completed 2 required modules of the course “Course tiny” on Ertad. Passed 1 required quizzes, each with at least the pass mark.',
    );
    expect(Object.keys(rule.criteria).sort()).toEqual(['az', 'en', 'hy', 'ka']);
  });

  it('require only the listed modules and add the listed extra quizzes', () => {
    const rule = courseCertificateRule(course('tiny', { modules: ['reading'], quizzes: ['extra-quiz'] }), modules);
    expect(rule).toMatchObject({ modules: ['reading'], quizzes: ['extra-quiz'] });
  });

  it('require every course listing the programme, and name the supervision hours in the criteria', () => {
    const courses = [course('one'), course('two'), course('elsewhere', undefined, ['social-work'])];
    const rule = programCertificateRule(program('ypp', undefined, 12), courses);
    expect(rule.courses).toEqual(['one', 'two']);
    expect(rule.criteria.en).toContain('12 hours of supervision');
  });
});

describe('build-time checks of certificate rules', () => {
  it('name a required module the course does not have', () => {
    expect(certificateProblems({ courses: [course('tiny', { modules: ['missing'] })] })).toEqual([
      'courses/tiny/course.yaml: certificate.modules: "missing" is not a module of this course; expected one of "reading", "checking"',
    ]);
  });

  it('name a required quiz that is not one of the course’s quizzes', () => {
    const [problem] = certificateProblems({ courses: [course('tiny', { quizzes: ['someone-elses-quiz'] })] });
    expect(problem).toMatch(/^courses\/tiny\/course\.yaml: certificate\.quizzes: unknown quiz "someone-elses-quiz"/);
  });

  it('name a programme course that does not exist or does not list the programme', () => {
    const problems = certificateProblems({
      courses: [course('other', undefined, ['social-work'])],
      programs: [program('ypp', { courses: ['ghost', 'other'] })],
    });
    expect(problems).toEqual([
      'content/programs/ypp.yaml: certificate.courses: unknown course "ghost"; expected one of "other"',
      'content/programs/ypp.yaml: certificate.courses: "other" does not list this programme in courses/other/course.yaml programs; add "ypp" there',
    ]);
  });

  it('accept rules that name real modules, quizzes and courses', () => {
    const quiz = { id: 'tiny-quiz', filePath: 'courses/tiny/quizzes/tiny-quiz.yaml', data: {} as never };
    expect(
      certificateProblems({
        courses: [course('tiny', { modules: ['reading'], quizzes: ['tiny-quiz'] })],
        quizzes: [quiz],
        programs: [program('ypp', { courses: ['tiny'] })],
      }),
    ).toEqual([]);
  });
});
