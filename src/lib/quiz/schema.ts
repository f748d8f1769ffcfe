import { z } from 'zod';
import { REVIEW_POLICIES } from './review-policies';
import { localized, localizedText } from '../i18n/localized-schema';
import { kebabId } from '../text/kebab-id';

const text = localizedText;

const option = z.strictObject({
  /** Identifies the option in answers, e.g. "a"; unique within its question. */
  id: kebabId,
  /** What the fellow reads next to the option. */
  text,
  /** Whether choosing this option is right; default false. */
  correct: z.boolean().default(false),
  /** Shown when the fellow chose this option; optional. */
  feedback: text.optional(),
});

const questionBase = {
  /** Identifies the question in answers, e.g. "q1"; unique within the quiz. */
  id: kebabId,
  /** The question as the fellow reads it. */
  prompt: text,
  /** Shown after grading, whatever the answer; optional. */
  explanation: text.optional(),
};

/** Adds an issue at `<field>.<index>.id` for each item whose id an earlier item already has. */
function checkUniqueIds(items: { id: string }[], field: string, ctx: z.RefinementCtx, message: (id: string) => string) {
  const seen = new Set<string>();
  items.forEach(({ id }, index) => {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: message(id) });
    seen.add(id);
  });
}

/** Checks what a choice question needs: unique option ids and at least one correct option. */
function checkOptions(
  question: { id: string; type: string; options: { id: string; correct: boolean }[] },
  ctx: z.RefinementCtx,
) {
  checkUniqueIds(
    question.options,
    'options',
    ctx,
    (id) => `Question "${question.id}" has two options with the id "${id}"; give each option its own id.`,
  );
  const correctCount = question.options.filter((o) => o.correct).length;
  if (correctCount === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `Question "${question.id}" has no correct option; add "correct: true" to the right one.`,
    });
  }
  if (question.type === 'single' && correctCount > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `Question "${question.id}" is a single-choice question but marks ${correctCount} options correct; keep one, or make it "type: multiple".`,
    });
  }
}

const choiceOptions = z.array(option).min(2, 'A choice question needs at least two options.');

const singleQuestion = z
  .strictObject({
    ...questionBase,
    /** One option is right; the fellow picks one. */
    type: z.literal('single'),
    /** The options, in the order shown. */
    options: choiceOptions,
  })
  .superRefine(checkOptions);

const multipleQuestion = z
  .strictObject({
    ...questionBase,
    /** One or more options are right; the fellow ticks all that apply. */
    type: z.literal('multiple'),
    /** The options, in the order shown. */
    options: choiceOptions,
  })
  .superRefine(checkOptions);

const trueFalseQuestion = z.strictObject({
  ...questionBase,
  /** The prompt is a statement the fellow marks true or false. */
  type: z.literal('truefalse'),
  /** Whether the statement is true. */
  answer: z.boolean(),
});

const shortQuestion = z
  .strictObject({
    ...questionBase,
    /** The fellow types a short answer. */
    type: z.literal('short'),
    /** Answers that count as right, per language; matched after folding case, spaces and letter variants. */
    accepted: localized(z.array(z.string().trim().min(1))),
    /** Longest answer the fellow may type, in characters; default 200. */
    maxLength: z.number().int().positive().default(200),
  })
  .superRefine((question, ctx) => {
    for (const lang of ['ka', 'en'] as const) {
      if (question.accepted[lang].length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['accepted', lang],
          message: `Question "${question.id}" has no accepted answer in ${lang}; add at least one.`,
        });
      }
    }
    for (const answer of Object.values(question.accepted).flatMap((list) => list ?? [])) {
      if (answer.length > question.maxLength) {
        ctx.addIssue({
          code: 'custom',
          path: ['maxLength'],
          message: `Question "${question.id}" accepts "${answer}", which is longer than its maxLength of ${question.maxLength}; no one could type it.`,
        });
      }
    }
  });

const question = z.discriminatedUnion('type', [singleQuestion, multipleQuestion, trueFalseQuestion, shortQuestion]);

/** A quiz file: `courses/<course-id>/quizzes/<quiz-id>.yaml`. */
export const quizDefinitionSchema = z
  .strictObject({
    /** The quiz id, the same as the file name; modules refer to it. */
    id: kebabId,
    /** The quiz title shown above the questions. */
    title: text,
    /** Percent of questions to get right to pass, 1–100. */
    passMark: z.number().int().min(1).max(100),
    /** How many times a fellow may submit; omitted means unlimited. */
    maxAttempts: z.number().int().positive().optional(),
    /**
     * When an attempt's reply shows the right answers, explanations and the feedback of wrong
     * choices: "after-passing" (default), or "after-last-attempt" (also once no attempt is left).
     */
    review: z.enum(REVIEW_POLICIES).default('after-passing'),
    /** The questions, in the order shown; each weighs the same. */
    questions: z.array(question).min(1, 'A quiz needs at least one question.'),
  })
  .superRefine((quiz, ctx) => {
    checkUniqueIds(
      quiz.questions,
      'questions',
      ctx,
      (id) => `Two questions have the id "${id}"; give each question its own id.`,
    );
  });

export type QuizDefinition = z.output<typeof quizDefinitionSchema>;
/** A quiz file as a trainer writes it, before defaults are filled in. */
export type QuizDefinitionInput = z.input<typeof quizDefinitionSchema>;
export type LocalizedText = z.output<typeof text>;
export type Question = QuizDefinition['questions'][number];
export type SingleQuestion = Extract<Question, { type: 'single' }>;
export type MultipleQuestion = Extract<Question, { type: 'multiple' }>;
export type ChoiceQuestion = SingleQuestion | MultipleQuestion;
export type TrueFalseQuestion = Extract<Question, { type: 'truefalse' }>;
export type ShortQuestion = Extract<Question, { type: 'short' }>;
export type QuizOption = ChoiceQuestion['options'][number];
