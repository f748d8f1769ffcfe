import { z } from 'zod';
import { localized, localizedText } from '../i18n/localized-schema';
import { kebabId } from '../text/kebab-id';

/** How demanding a course is; shown and filterable in the catalogue. */
export const LEVELS = ['introductory', 'intermediate', 'advanced'] as const;

/** A course file: `courses/<course-id>/course.yaml`. */
export const courseSchema = z.strictObject(
  {
  /** The course title in the catalogue and on its page. */
  title: localizedText,
  /** One or two sentences for the catalogue card. */
  summary: localizedText,
  /** Programmes the course belongs to: ids of `content/programs/*.yaml`. */
  programs: z.array(kebabId).min(1, 'List at least one programme, e.g. "programs: [ypp]".'),
  /** How demanding the course is. */
  level: z.enum(LEVELS),
  /** Estimated hours to finish the course. */
  hours: z.number().positive(),
  /** What a fellow can do after the course, 1–8 per language. */
  outcomes: localized(z.array(z.string().trim().min(1)).min(1).max(8)),
  /** Courses to take first: course ids; default none. */
  prerequisites: z.array(kebabId).default([]),
  /** The module ids (folder names) of the course; each must exist. */
  modules: z.array(kebabId).min(1, 'A course needs at least one module.'),
  /** Who earns the course certificate; default: every module completed. */
  certificate: z
    .strictObject({
      /** Module ids that must be completed; default every module of the course. */
      modules: z.array(kebabId).min(1, 'List at least one module, or leave "modules" out to require all.').optional(),
      /** Quiz ids of this course that must be passed besides those completing a required module; default none. */
      quizzes: z.array(kebabId).default([]),
    })
    .default({ quizzes: [] }),
  },
  {
    // Courses once had a pass mark of their own; say where it went rather than only "unrecognized key".
    error: (issue) =>
      issue.code === 'unrecognized_keys' && issue.keys.includes('passMark')
        ? 'A course has no "passMark": set it in the quiz file (quizzes/<quiz-id>.yaml), the only pass mark.'
        : undefined,
  },
);

export type Course = z.output<typeof courseSchema>;
