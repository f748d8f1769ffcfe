import { marked, type Token } from 'marked';

/**
 * Markdown to HTML with its headings moved so the highest one is `top` (an h2 under the page's
 * h1): trainers write "###" where they mean a section, and a skipped level confuses screen readers.
 */
export function markdownUnderHeading(markdown: string, top: number): string {
  const tokens = marked.lexer(markdown);
  const headings = tokens.filter(
    (token): token is Token & { type: 'heading'; depth: number } => token.type === 'heading',
  );
  const shift = headings.length > 0 ? top - Math.min(...headings.map((heading) => heading.depth)) : 0;
  for (const heading of headings) heading.depth = Math.min(6, Math.max(1, heading.depth + shift));
  return marked.parser(tokens);
}
