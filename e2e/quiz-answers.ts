import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';

/** A course quiz file as trainers write it (the test reads the key; the page never gets it). */
export function quizFile(course: string, quiz: string) {
  return parse(readFileSync(`courses/${course}/quizzes/${quiz}.yaml`, 'utf8'));
}

/** Fills every question of the quiz on the page, right (from the key) or wrong, the way a person would. */
export async function answerQuiz(page: Page, quiz: any, { right }: { right: boolean }) {
  for (const question of quiz.questions) {
    const group = page.getByRole('group', { name: question.prompt.en });
    if (question.type === 'truefalse') {
      await group.getByRole('radio', { name: question.answer === right ? 'True' : 'False' }).check();
    } else if (question.type === 'short') {
      await group.getByRole('textbox').fill(right ? question.accepted.en[0] : 'something else entirely');
    } else {
      for (const option of question.options) {
        const control = group.getByRole(question.type === 'single' ? 'radio' : 'checkbox', { name: option.text.en });
        if (Boolean(option.correct) === right) await control.check();
        if (question.type === 'single' && Boolean(option.correct) === right) break;
      }
    }
  }
}
