import lunr from 'lunr';
import type { SearchDoc } from '../../src/lib/search/index';
import { isStopWord } from '../../src/lib/search/stopwords';
import { tokenise } from '../../src/lib/search/tokenise';
import { trimmer } from '../../src/lib/search/trimmer';
import type { Lang } from '../../src/lib/i18n/languages';

// Crude searches that the labelled queries must tell apart from Ertad's: if one of them scored
// as well, the set would prove nothing about stemming or ranking.

/**
 * A naive search: lower-case, cut each query word to 60 % of its length, and rank the documents
 * whose title or text contains the most of those pieces (then the most occurrences).
 */
export function naiveSearch(docs: readonly SearchDoc[]) {
  const texts = docs.map((doc) => ({ id: doc.id, text: `${doc.title}\n${doc.body}`.toLowerCase() }));
  return (query: string): string[] => {
    const pieces = query
      .toLowerCase()
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => word.slice(0, Math.max(1, Math.round(word.length * 0.6))));
    const count = (text: string, piece: string) => text.split(piece).length - 1;
    return texts
      .map(({ id, text }) => {
        const counts = pieces.map((piece) => count(text, piece));
        return { id, words: counts.filter((n) => n > 0).length, occurrences: counts.reduce((a, b) => a + b, 0) };
      })
      .filter((hit) => hit.words > 0)
      .sort((a, b) => b.words - a.words || b.occurrences - a.occurrences)
      .map((hit) => hit.id);
  };
}

const stopWordSteps = new Map<Lang, lunr.PipelineFunction>();
/** The stop-word step of one language, registered once so that lunr does not warn. */
function stopWordsOf(lang: Lang) {
  if (!stopWordSteps.has(lang)) {
    const step: lunr.PipelineFunction = (token) => (isStopWord(token.toString(), lang) ? null : token);
    lunr.Pipeline.registerFunction(step, `baseline-stop-words-${lang}`);
    stopWordSteps.set(lang, step);
  }
  return stopWordSteps.get(lang)!;
}

/** lunr with Ertad's tokeniser, trimmer and stop words but no stemmer: whole words only. */
export function stemlessSearch(docs: readonly SearchDoc[], lang: Lang) {
  const stopWords = stopWordsOf(lang);
  const builder = new lunr.Builder();
  builder.tokenizer = ((text: string, metadata: object) => tokenise(text, lang, metadata)) as typeof lunr.tokenizer;
  builder.pipeline.reset();
  builder.pipeline.add(trimmer, stopWords);
  builder.searchPipeline.reset();
  builder.ref('id');
  builder.field('title', { boost: 3 });
  builder.field('body');
  for (const doc of docs) builder.add(doc);
  const index = builder.build();
  const pipeline = new lunr.Pipeline();
  pipeline.add(trimmer, stopWords);
  return (query: string): string[] => {
    const terms = pipeline.run(tokenise(query, lang)).map(String);
    if (!terms.length) return [];
    return index.query((q) => terms.forEach((term) => q.term(term, { usePipeline: false }))).map((hit) => hit.ref);
  };
}
