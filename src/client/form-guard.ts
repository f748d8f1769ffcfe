/**
 * Forms rendered in the page are sent by script. Until the script has taken a form over, its submit
 * buttons stay disabled: a native submission would put passwords, answers and reflections in the
 * address (and in history and server logs) on a slow connection where the script arrives late.
 */
export function takeOverForm(form: HTMLFormElement, send: () => void): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });
  for (const button of form.querySelectorAll<HTMLButtonElement>('button[type=submit]')) button.disabled = false;
}
