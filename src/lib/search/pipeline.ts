import lunr from 'lunr';
import { LANGUAGES, type Lang } from '../i18n/languages';
import { stemWord } from './stem';
import { isStopWord } from './stopwords';
import { tokenise } from './tokenise';
import { trimmer } from './trimmer';

lunr.Pipeline.registerFunction(trimmer, 'ertad-trimmer');

// Registered at import, so lunr.Index.load finds the functions a serialized index names.
const STEPS = Object.fromEntries(
  LANGUAGES.map((lang) => {
    const stopWords: lunr.PipelineFunction = (token) => (isStopWord(token.toString(), lang) ? null : token);
    const stemmer: lunr.PipelineFunction = (token) => token.update((word) => stemWord(word, lang));
    lunr.Pipeline.registerFunction(stopWords, `ertad-stop-words-${lang}`);
    lunr.Pipeline.registerFunction(stemmer, `ertad-stemmer-${lang}`);
    return [lang, [trimmer, stopWords, stemmer]];
  }),
) as Record<Lang, lunr.PipelineFunction[]>;

/** Sets a builder up for one language: our tokeniser, then trimmer → stop words → stemmer at index and query time. */
export function configureBuilder(builder: lunr.Builder, lang: Lang): void {
  // lunr types its tokenizer with a `separator` property that the builder never reads.
  builder.tokenizer = ((text: string, metadata: object) => tokenise(text, lang, metadata)) as typeof lunr.tokenizer;
  builder.pipeline.reset();
  builder.pipeline.add(...STEPS[lang]);
  builder.searchPipeline.reset();
  builder.searchPipeline.add(...STEPS[lang]);
}

/** The distinct terms a query looks up: the words it contains, run through the same steps as the index. */
export function queryTokens(query: string, lang: Lang): string[] {
  const pipeline = new lunr.Pipeline();
  pipeline.add(...STEPS[lang]);
  return [...new Set(pipeline.run(tokenise(query, lang)).map(String))];
}
