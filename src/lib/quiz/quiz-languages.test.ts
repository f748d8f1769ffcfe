import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizDefinitionSchema } from './schema';
import { quizDisplayLang, quizLanguages } from './quiz-languages';

const quiz = (yaml: string) => quizDefinitionSchema.parse(parse(yaml));

// Every kind of per-language field, all in Azerbaijani, none in Armenian.
const inAzerbaijani = quiz(`
id: check
title: { ka: "ტესტი", en: "Quiz", az: "Test" }
passMark: 70
questions:
  - id: q1
    type: single
    prompt: { ka: "რომელი?", en: "Which?", az: "Hansı?" }
    options:
      - { id: a, text: { ka: "ეს", en: "This", az: "Bu" }, correct: true }
      - id: b
        text: { ka: "ის", en: "That", az: "O" }
        feedback: { ka: "არა.", en: "No.", az: "Xeyr." }
    explanation: { ka: "იმიტომ.", en: "Because.", az: "Çünki." }
  - id: q2
    type: short
    prompt: { ka: "სიტყვა?", en: "Word?", az: "Söz?" }
    accepted: { ka: ["სიტყვა"], en: ["word"], az: ["söz"] }
`);

describe('quizLanguages', () => {
  it('lists the languages in which every field of the quiz is written', () => {
    expect(quizLanguages(inAzerbaijani)).toEqual(['ka', 'en', 'az']);
  });

  it('leaves out a language in which one option feedback is missing', () => {
    const withoutOneFeedback = structuredClone(inAzerbaijani);
    const question = withoutOneFeedback.questions[0] as Extract<
      (typeof withoutOneFeedback.questions)[number],
      { type: 'single' }
    >;
    delete question.options[1]!.feedback!.az;
    expect(quizLanguages(withoutOneFeedback)).toEqual(['ka', 'en']);
  });

  it('leaves out a language without accepted short answers, since answers typed in it could not be right', () => {
    const withoutAccepted = structuredClone(inAzerbaijani);
    const question = withoutAccepted.questions[1] as Extract<
      (typeof withoutAccepted.questions)[number],
      { type: 'short' }
    >;
    delete question.accepted.az;
    expect(quizLanguages(withoutAccepted)).toEqual(['ka', 'en']);
  });

  it('lists all four languages for a quiz written in all four', () => {
    expect(
      quizLanguages(
        quiz(`
id: four
title: { ka: "ა", en: "b", az: "c", hy: "դ" }
passMark: 50
questions:
  - { id: q1, type: truefalse, prompt: { ka: "ა", en: "b", az: "c", hy: "դ" }, answer: true }
`),
      ),
    ).toEqual(['ka', 'en', 'az', 'hy']);
  });
});

describe('quizDisplayLang', () => {
  it('shows the quiz in the page language when it exists, even inside a module that fell back to Georgian', () => {
    expect(quizDisplayLang(inAzerbaijani, 'az', 'ka')).toBe('az');
  });

  it('keeps the language of the surrounding text when the quiz lacks the page language', () => {
    expect(quizDisplayLang(inAzerbaijani, 'hy', 'ka')).toBe('ka');
  });
});
