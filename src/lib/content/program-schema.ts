import { z } from 'zod';
import { localizedText } from '../i18n/localized-schema';
import { kebabId } from '../text/kebab-id';

/** A programme file: `content/programs/<program-id>.yaml`. */
export const programSchema = z.strictObject({
  /** The programme name. */
  title: localizedText,
  /** One or two sentences for lists. */
  summary: localizedText,
  /** The programme page body, markdown. */
  description: localizedText,
  /** Who the programme is for. */
  audience: localizedText,
  /** How long the programme runs, in months. */
  durationMonths: z.number().int().positive(),
  /** Supervision hours a fellow needs for the certificate; 0 means none. */
  supervisionHours: z.number().int().min(0),
  /** Who earns the programme certificate, besides the supervision hours. */
  certificate: z
    .strictObject({
      /** Course ids whose certificate rules must be met; default every course listing this programme. */
      courses: z.array(kebabId).min(1, 'List at least one course, or leave "courses" out to require all.').optional(),
    })
    .default({}),
  /** Days allowed between two mentoring sessions before a fellow shows as overdue; 0 means no limit. */
  maxSessionGapDays: z.number().int().min(0).default(30),
  /** The supervision topics the log-a-session form offers (mentors may add free text too). */
  supervisionTopics: z.array(z.strictObject({ id: kebabId, title: localizedText })).default([]),
});

/** A glossary file: `content/glossary/<term-id>.yaml`. */
export const glossarySchema = z.strictObject({
  /** The term as written in each language. */
  term: localizedText,
  /** A definition of one to three sentences. */
  definition: localizedText,
});

export type Program = z.output<typeof programSchema>;
export type GlossaryTerm = z.output<typeof glossarySchema>;
