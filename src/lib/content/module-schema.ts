import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { kebabId } from '../text/kebab-id';

/** Who a module is written for; shown in the catalogue. */
export const AUDIENCES = ['cso-staff', 'social-workers', 'fellows', 'mentors', 'municipal-officials', 'community-members'] as const;

/** Where a module stands in the inclusive-language review. */
export const REVIEW_STATUSES = ['reviewed', 'pending', 'needs-changes'] as const;

/** The frontmatter of a module file: `courses/<course-id>/<module-id>/<lang>.mdx`. */
export const moduleSchema = z
  .strictObject({
    /** The language the file is written in; the same as the file name. */
    lang: z.enum(LANGUAGES, { error: 'expected one of ka, en, az, hy (the file name)' }),
    /** The module title. */
    title: z.string({ error: 'expected the module title, a text' }).trim().min(1),
    /** One sentence for the course page and search results. */
    summary: z.string({ error: 'expected one sentence saying what the module is about' }).trim().min(1),
    /** Estimated reading minutes. */
    minutes: z.number({ error: 'expected the estimated reading minutes, a whole number such as 15' }).int().positive(),
    /** What completes the module: reading to the end, or passing its quiz. */
    completion: z.enum(['read', 'quiz'], { error: 'expected "read" or "quiz"' }),
    /** The quiz id whose pass completes the module; only with `completion: quiz`. */
    quiz: kebabId.optional(),
    /** Gender equality and social inclusion metadata. */
    gesi: z.strictObject({
      /** Who the module is written for. */
      audience: z.array(z.enum(AUDIENCES)).min(1),
      /** Accessibility notes for this module, in the file's language. */
      accessibility: z.string().trim().min(1),
      /** The inclusive-language review status. */
      review: z.enum(REVIEW_STATUSES),
    }),
  })
  .superRefine((module, ctx) => {
    if (module.completion === 'quiz' && !module.quiz) {
      ctx.addIssue({ code: 'custom', path: ['quiz'], message: 'A module with "completion: quiz" names its quiz: add "quiz: <quiz-id>".' });
    }
    if (module.completion === 'read' && module.quiz) {
      ctx.addIssue({ code: 'custom', path: ['quiz'], message: '"quiz" only goes with "completion: quiz"; remove it or change completion.' });
    }
  });

export type ModuleFrontmatter = z.output<typeof moduleSchema>;
