import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { quizDefinitionSchema } from './schema';

/** A quiz as a trainer would write it, with every question type and all four languages somewhere. */
const fullExampleYaml = `
id: gesi-foundations-quiz
title: { ka: "გენდერული თანასწორობის საფუძვლები", en: "GESI foundations", az: "GESI əsasları", hy: "GESI հիմունքներ" }
passMark: 70
maxAttempts: 3
questions:
  - id: q1
    type: single
    prompt: { ka: "რას ნიშნავს GESI?", en: "What does GESI stand for?" }
    options:
      - id: a
        text: { ka: "გენდერული თანასწორობა და სოციალური ინკლუზია", en: "Gender equality and social inclusion" }
        correct: true
        feedback: { ka: "სწორია.", en: "Right." }
      - id: b
        text: { ka: "გენდერი და სოციალური ინოვაცია", en: "Gender and social innovation" }
        feedback: { ka: "არა.", en: "Not quite." }
    explanation: { ka: "GESI აერთიანებს ორ იდეას.", en: "GESI joins two ideas." }
  - id: q2
    type: multiple
    prompt: { ka: "რომელია ინკლუზიის ბარიერი?", en: "Which are barriers to inclusion?" }
    options:
      - { id: a, text: { ka: "კიბე", en: "Stairs" }, correct: true }
      - { id: b, text: { ka: "ენა", en: "Language" }, correct: true }
      - { id: c, text: { ka: "პანდუსი", en: "A ramp" } }
  - id: q3
    type: truefalse
    prompt: { ka: "ინკლუზია მხოლოდ შეზღუდული შესაძლებლობების მქონე პირებს ეხება.", en: "Inclusion concerns only persons with disabilities." }
    answer: false
    explanation: { ka: "ინკლუზია ყველას ეხება.", en: "Inclusion concerns everyone." }
  - id: q4
    type: short
    prompt: { ka: "რა ჰქვია გადამკვეთ დისკრიმინაციას?", en: "What is overlapping discrimination called?" }
    accepted: { ka: ["ინტერსექციურობა"], en: ["intersectionality"], az: ["kəsişmə"] }
    maxLength: 60
  - id: q5
    type: short
    prompt: { ka: "ერთი სიტყვით: ჩართულობა", en: "One word: participation" }
    accepted: { ka: ["მონაწილეობა"], en: ["participation"] }
`;

const text = (en: string) => ({ ka: `ka ${en}`, en });
const choice = (id: string, correct = false) => ({ id, text: text(`option ${id}`), correct });

/** A valid quiz around the given questions. */
function quizWith(...questions: unknown[]) {
  return { id: 'test-quiz', title: text('Test'), passMark: 50, questions };
}

function messagesOf(input: unknown): string[] {
  const result = quizDefinitionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('quizDefinitionSchema', () => {
  it('parses a realistic quiz file with every question type', () => {
    const quiz = quizDefinitionSchema.parse(parseYaml(fullExampleYaml));
    expect(quiz.questions.map((q) => q.type)).toEqual(['single', 'multiple', 'truefalse', 'short', 'short']);
    expect(quiz.title.hy).toBe('GESI հիմունքներ');
    expect(quiz.maxAttempts).toBe(3);
  });

  it('fills in the defaults: options are wrong unless marked, short answers up to 200 characters', () => {
    const quiz = quizDefinitionSchema.parse(parseYaml(fullExampleYaml));
    const [, multiple, , shortWithLimit, shortWithDefault] = quiz.questions;
    expect(multiple.type === 'multiple' && multiple.options[2].correct).toBe(false);
    expect(shortWithLimit.type === 'short' && shortWithLimit.maxLength).toBe(60);
    expect(shortWithDefault.type === 'short' && shortWithDefault.maxLength).toBe(200);
  });

  it('accepts a quiz without maxAttempts, meaning unlimited', () => {
    const quiz = quizDefinitionSchema.parse(quizWith({ id: 'q1', type: 'truefalse', prompt: text('?'), answer: true }));
    expect(quiz.maxAttempts).toBeUndefined();
  });

  it.each([
    ['a quiz id that is not kebab-case', { id: 'GESI_quiz' }],
    ['a pass mark of 0', { passMark: 0 }],
    ['a pass mark above 100', { passMark: 101 }],
    ['a pass mark that is not a whole number', { passMark: 70.5 }],
    ['zero attempts', { maxAttempts: 0 }],
    ['a title without English', { title: { ka: 'სათაური' } }],
    ['a misspelt field', { pasMark: 70 }],
    ['a quiz without questions', { questions: [] }],
  ])('rejects %s', (_, change) => {
    const valid = quizWith({ id: 'q1', type: 'truefalse', prompt: text('?'), answer: true });
    expect(quizDefinitionSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('rejects an unknown question type', () => {
    expect(messagesOf(quizWith({ id: 'q1', type: 'essay', prompt: text('?') }))).not.toEqual([]);
  });

  it('names the question whose single choice has no correct option', () => {
    const question = { id: 'q7', type: 'single', prompt: text('?'), options: [choice('a'), choice('b')] };
    expect(messagesOf(quizWith(question))).toEqual([
      'Question "q7" has no correct option; add "correct: true" to the right one.',
    ]);
  });

  it('names the question whose multiple choice has no correct option', () => {
    const question = { id: 'q8', type: 'multiple', prompt: text('?'), options: [choice('a'), choice('b')] };
    expect(messagesOf(quizWith(question))).toEqual([
      'Question "q8" has no correct option; add "correct: true" to the right one.',
    ]);
  });

  it('names the single-choice question that marks two options correct', () => {
    const question = { id: 'q2', type: 'single', prompt: text('?'), options: [choice('a', true), choice('b', true)] };
    expect(messagesOf(quizWith(question))).toEqual([
      'Question "q2" is a single-choice question but marks 2 options correct; keep one, or make it "type: multiple".',
    ]);
  });

  it('allows a multiple-choice question to mark every option correct', () => {
    const question = { id: 'q2', type: 'multiple', prompt: text('?'), options: [choice('a', true), choice('b', true)] };
    expect(messagesOf(quizWith(question))).toEqual([]);
  });

  it('names the duplicated question id', () => {
    const question = { id: 'q1', type: 'truefalse', prompt: text('?'), answer: true };
    expect(messagesOf(quizWith(question, question))).toEqual([
      'Two questions have the id "q1"; give each question its own id.',
    ]);
  });

  it('names the question with a duplicated option id', () => {
    const question = { id: 'q4', type: 'single', prompt: text('?'), options: [choice('a', true), choice('a')] };
    expect(messagesOf(quizWith(question))).toEqual([
      'Question "q4" has two options with the id "a"; give each option its own id.',
    ]);
  });

  it('names the short question with no accepted answer in Georgian or English', () => {
    const noGeorgian = { id: 'q5', type: 'short', prompt: text('?'), accepted: { ka: [], en: ['yes'] } };
    const noEnglish = { id: 'q6', type: 'short', prompt: text('?'), accepted: { ka: ['დიახ'], en: [] } };
    expect(messagesOf(quizWith(noGeorgian, noEnglish))).toEqual([
      'Question "q5" has no accepted answer in ka; add at least one.',
      'Question "q6" has no accepted answer in en; add at least one.',
    ]);
  });

  it('names the short question whose accepted answer is longer than anyone may type', () => {
    const question = {
      id: 'q9',
      type: 'short',
      prompt: text('?'),
      accepted: { ka: ['ძალიან გრძელი'], en: ['x'] },
      maxLength: 5,
    };
    expect(messagesOf(quizWith(question))).toEqual([
      'Question "q9" accepts "ძალიან გრძელი", which is longer than its maxLength of 5; no one could type it.',
    ]);
  });
});
