import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { rightAnswer, wrongAnswer } from '../src/lib/quiz/answer-key';

/** A course quiz file as trainers write it (the test reads the key; the page never gets it). */
export function quizFile(course: string, quiz: string) {
  return parse(readFileSync(`courses/${course}/quizzes/${quiz}.yaml`, 'utf8'));
}

/** Fills every question of the quiz on the page, right (from the key) or wrong, the way a person would. */
export async function answerQuiz(page: Page, quiz: any, { right }: { right: boolean }) {
  for (const question of quiz.questions) {
    const group = page.getByRole('group', { name: question.prompt.en });
    const answer = right ? rightAnswer(question, 'en') : wrongAnswer(question);
    if (question.type === 'truefalse') {
      await group.getByRole('radio', { name: answer ? 'True' : 'False' }).check();
    } else if (question.type === 'short') {
      await group.getByRole('textbox').fill(typeof answer === 'string' ? answer : 'something else entirely');
    } else {
      const role = question.type === 'single' ? 'radio' : 'checkbox';
      for (const option of question.options) {
        if ([answer].flat().includes(option.id)) await group.getByRole(role, { name: option.text.en }).check();
      }
    }
  }
}
