/** Attribute value of `name` in a JSX-like tag, or undefined when the attribute is absent or empty. */
function attribute(tag: string, name: string): string | undefined {
  const match = tag.match(new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["'\`]([^"'\`]*)["'\`]\\s*\\})`));
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.trim() ? value : undefined;
}

/** Every opening `<Name …>` tag of a component in an MDX body. */
function tags(body: string, name: string): string[] {
  return body.match(new RegExp(`<${name}(?![\\w-])[^>]*>`, 'g')) ?? [];
}

/** What a trainer's MDX refers to, and what it forgot, found by scanning its source. */
export function scanModuleBody(body: string) {
  return {
    quizIds: tags(body, 'Quiz').map((tag) => attribute(tag, 'id') ?? ''),
    glossaryTerms: tags(body, 'Glossary').map((tag) => attribute(tag, 'term') ?? ''),
    figuresWithoutAlt: tags(body, 'Figure').filter((tag) => !attribute(tag, 'alt')).length,
    imagesWithoutAlt: (body.match(/!\[\s*\]\(/g) ?? []).length,
    videosWithoutCaptions: tags(body, 'Video').filter((tag) => !attribute(tag, 'captions')).length,
  };
}
