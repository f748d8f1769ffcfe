import type { LocalizedText, Question, QuizDefinition } from './schema';

export type PublicOption = { id: string; text: LocalizedText };

export type PublicQuestion =
  | { id: string; type: 'single' | 'multiple'; prompt: LocalizedText; options: PublicOption[] }
  | { id: string; type: 'truefalse'; prompt: LocalizedText }
  | { id: string; type: 'short'; prompt: LocalizedText; maxLength: number };

/** What a fellow's browser may see of a quiz: no right answers, feedback or explanations. */
export type PublicQuiz = {
  id: string;
  title: LocalizedText;
  passMark: number;
  maxAttempts?: number;
  questions: PublicQuestion[];
};

function copyText(text: LocalizedText): LocalizedText {
  const copy: LocalizedText = { ka: text.ka, en: text.en };
  if (text.az !== undefined) copy.az = text.az;
  if (text.hy !== undefined) copy.hy = text.hy;
  return copy;
}

function toPublicQuestion(question: Question): PublicQuestion {
  const { id, type } = question;
  const prompt = copyText(question.prompt);
  switch (type) {
    case 'single':
    case 'multiple':
      return { id, type, prompt, options: question.options.map((o) => ({ id: o.id, text: copyText(o.text) })) };
    case 'truefalse':
      return { id, type, prompt };
    case 'short':
      return { id, type, prompt, maxLength: question.maxLength };
  }
}

/**
 * Projects a quiz onto what may be sent to the browser. Built field by field from an allow-list,
 * so a field added to the schema later stays on the server until someone chooses to publish it.
 */
export function toPublicQuiz(def: QuizDefinition): PublicQuiz {
  const quiz: PublicQuiz = {
    id: def.id,
    title: copyText(def.title),
    passMark: def.passMark,
    questions: def.questions.map(toPublicQuestion),
  };
  if (def.maxAttempts !== undefined) quiz.maxAttempts = def.maxAttempts;
  return quiz;
}
