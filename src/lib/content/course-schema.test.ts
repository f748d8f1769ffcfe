import { describe, expect, it } from 'vitest';
import { courseSchema } from './course-schema';

const course = {
  title: { ka: 'კურსი', en: 'Course' },
  summary: { ka: 'მოკლედ.', en: 'In short.' },
  programs: ['ypp'],
  level: 'introductory',
  hours: 1,
  outcomes: { ka: ['შედეგი'], en: ['An outcome'] },
  modules: ['reading'],
};

describe('the course schema', () => {
  it('accepts a course without a pass mark of its own', () => {
    expect(courseSchema.safeParse(course).success).toBe(true);
  });

  it('refuses a pass mark in course.yaml and says that the quiz file sets it', () => {
    const result = courseSchema.safeParse({ ...course, passMark: 70 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'A course has no "passMark": set it in the quiz file (quizzes/<quiz-id>.yaml), the only pass mark.',
    ]);
  });

  it('still names any other unknown field', () => {
    const result = courseSchema.safeParse({ ...course, colour: 'red' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/colour/);
  });
});
