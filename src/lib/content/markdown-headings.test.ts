import { describe, expect, it } from 'vitest';
import { markdownUnderHeading } from './markdown-headings';

describe('markdownUnderHeading', () => {
  it('moves the highest heading to the requested level and keeps the others below it', () => {
    const html = markdownUnderHeading('Intro\n\n### Section\n\n#### Detail\n', 2);
    expect(html).toContain('<h2>Section</h2>');
    expect(html).toContain('<h3>Detail</h3>');
    expect(html).not.toContain('<h4>');
  });

  it('leaves text without headings unchanged', () => {
    expect(markdownUnderHeading('Only **bold** text.', 2)).toBe('<p>Only <strong>bold</strong> text.</p>\n');
  });

  it('never goes below h6', () => {
    expect(markdownUnderHeading('# Top\n\n###### Deep\n', 3)).toContain('<h6>Deep</h6>');
  });
});
