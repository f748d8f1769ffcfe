import { describe, expect, it } from 'vitest';
import { markdownToText, mdxToText } from './plain-text';

describe('mdxToText', () => {
  it('keeps the words inside trainer components and drops their tags', () => {
    const text = mdxToText(
      '<Callout type="info">\nBu amillər <Glossary term="gesi">GESI</Glossary> haqqındadır.\n</Callout>',
    );
    expect(text).toBe('Bu amillər GESI haqqındadır.');
  });

  it('leaves quizzes out entirely, whether self-closing or not', () => {
    const text = mdxToText('Before.\n\n<Quiz id="q" />\n\n<Quiz id="r">Which option is right?</Quiz>\n\nAfter.');
    expect(text).toBe('Before.\n\nAfter.');
  });

  it('keeps what a figure or a video shows as text', () => {
    expect(mdxToText('<Figure src="/a.svg" alt="A project cycle" caption="The cycle" />')).toBe(
      'A project cycle The cycle',
    );
    expect(mdxToText('<Video src="/v.mp4" captions="/v.vtt" title="Supervision in practice" />')).toBe(
      'Supervision in practice',
    );
  });

  it('drops MDX comments, HTML comments and imports', () => {
    expect(mdxToText("import X from './x';\n{/* a note for trainers */}\n<!-- old -->\nText.")).toBe('Text.');
  });
});

describe('markdownToText', () => {
  it('reduces headings, lists, emphasis and links to their words', () => {
    const markdown =
      '### რას აკეთებენ\n\n- **სტაჟირება** _პარტნიორთან_;\n1. [GESI](/ka/glossary/#gesi) `კოდი`\n> ციტატა';
    expect(markdownToText(markdown)).toBe('რას აკეთებენ\n\nსტაჟირება პარტნიორთან;\nGESI კოდი\nციტატა');
  });

  it('keeps the cells of a table and drops its rule', () => {
    expect(markdownToText('| Group | Barrier |\n| --- | --- |\n| Women | Time |')).toBe('Group Barrier\n\nWomen Time');
  });

  it('leaves an underscore inside a word alone', () => {
    expect(markdownToText('snake_case and *stars*')).toBe('snake_case and stars');
  });
});
