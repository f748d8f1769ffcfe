import type { Page } from '@playwright/test';

/** What a page does wrong on the current viewport: sideways scrolling, text spilling from its box, small targets. */
export async function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const visible = (element: Element) => element.checkVisibility() && element.getBoundingClientRect().width > 0;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
    const sideways =
      document.documentElement.scrollWidth > window.innerWidth
        ? [`page ${document.documentElement.scrollWidth} px wide in ${window.innerWidth} px`]
        : [];
    // Headings, cards and everything inside a card: text wider than its box spills over the edge.
    const boxes = document.querySelectorAll(
      'h1, h2, h3, h4, legend, .card, .card *, .quiz *, .notice, .alert, .facts *',
    );
    const overflowing = [...boxes]
      .filter(
        (element) =>
          visible(element) &&
          getComputedStyle(element).overflowX === 'visible' &&
          element.scrollWidth > element.clientWidth + 1 &&
          element.clientWidth > 0,
      )
      .map((element) => `${describe(element)} ${element.scrollWidth} > ${element.clientWidth}`);
    // WCAG 2.5.8: 24 × 24 px, except links inside a sentence (their line decides their size).
    const controls = document.querySelectorAll('a[href], button, input, select, textarea, summary');
    const small = [...controls]
      .filter(visible)
      .filter((control) => {
        if (control.matches('a') && !control.closest('nav, .actions, .card > h2, .card > h3')) {
          const block = control.parentElement!;
          if ((block.textContent ?? '').trim().length > (control.textContent ?? '').trim().length) return false;
        }
        const target = control.matches('input[type=radio], input[type=checkbox]')
          ? (control.closest('label') ?? control)
          : control;
        const box = target.getBoundingClientRect();
        return box.width < 24 || box.height < 24;
      })
      .map((control) => {
        const box = control.getBoundingClientRect();
        return `${describe(control)} ${Math.round(box.width)}×${Math.round(box.height)}`;
      });
    return { sideways, overflowing, small };
  });
}
