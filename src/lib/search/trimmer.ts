import lunr from 'lunr';

// lunr.trimmer keeps only [A-Za-z0-9_] at the ends, which erases Georgian and Armenian words and cuts ə, ş, ç.
const ENDS = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}\p{M}]+$/gu;

/** Strips punctuation and symbols from both ends of a word, never from inside it. */
export function trimWord(word: string): string {
  return word.replace(ENDS, '');
}

/** Pipeline step: trims each token and drops the ones that were only punctuation. */
export const trimmer: lunr.PipelineFunction = (token) => {
  const trimmed = token.update(trimWord);
  return trimmed.toString() ? trimmed : null;
};
