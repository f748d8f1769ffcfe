// What a reader sees of a module or programme, as plain text for the index and for snippets.

// Quizzes are never indexed: their options would make wrong answers findable and hint at keys.
const QUIZ = /<Quiz\b[^>]*\/>|<Quiz\b[^>]*>[\s\S]*?<\/Quiz>/g;
// The attributes of a trainer component that the page shows as text (a figure's caption, a video's title).
const SHOWN_ATTRIBUTE = /\b(?:caption|title|alt)="([^"]*)"/g;
const TAG = /<\/?[A-Za-z][^>]*>/g;

/** Plain text of an MDX module body: the prose, the text inside trainer components, no quizzes and no markup. */
export function mdxToText(source: string): string {
  const prose = source
    .replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, '')
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(QUIZ, '')
    .replace(TAG, (tag) => [...tag.matchAll(SHOWN_ATTRIBUTE)].map((match) => ` ${match[1]} `).join(''));
  return markdownToText(prose);
}

/** Plain text of markdown: headings, list markers, emphasis, links and tables reduced to their words. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]*(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '')
    .replace(/^[ \t]*[-|: ]{3,}[ \t]*$/gm, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/\|/g, ' ')
    .replace(/(^|\s)[*_](?=\S)|(?<=\S)[*_](?=\s|$|[.,;:!?])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
