import { fieldOf, type TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';

/**
 * "won with a Spanish-language album and thanked every Latino who has been told to speak English": a people's
 * word that names a language says in what tongue, not where (review30 C4: the Grammys story listed Spain and
 * Britain). Read as a language: before "-language", "-speaking", "-speakers", " language", " speakers",
 * "-dubbed", "-subtitled", and after a verb of speaking, teaching or translating ("speak English", "taught in
 * French", "translated into Arabic", "fluent in German") when no noun follows ("in English football" is the
 * country's).
 */
const LANGUAGE_AFTER =
  /^(?:-(?:language|speaking|speakers?|dubbed|subtitled)\b|\s+(?:language|speakers?)\b)/i;
const SPEAKING_BEFORE =
  /\b(?:speak\w*|spoke\w*|learn\w*|teach\w*|taught|fluent|written|sung|published|translated|dubbed|subtitled)\s+(?:(?:in|into)\s+)?$/i;
/** People's words that are also the names of languages. */
const LANGUAGES = new Set(
  'english spanish french german portuguese italian russian arabic chinese japanese korean dutch greek turkish swedish norwegian danish finnish polish czech hungarian romanian ukrainian hebrew persian vietnamese thai indonesian malay filipino bengali'.split(
    ' ',
  ),
);
/**
 * A noun after the word makes it an adjective of the country again: "speak English football" is no phrase. An adverb
 * after it leaves the tongue ("speaks German fluently", "speaks Russian well"; read51 R12).
 */
const NO_NOUN_AFTER =
  /^(?:\s*[.,;:!?)"\u201d]|\s+(?:and|or|but|as|with|to|at|on|for|in|when|while|because|so|than|well|too|\u2014|-)\b|\s+(?!(?:family|assembly|supply|rally|ally)\b)[a-z]{2,}ly\b|\s*$)/;

export function withoutLanguageNames(doc: TagDocument, found: CountryMention[]): CountryMention[] {
  let out: CountryMention[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    const language =
      m.kind === 'demonym' &&
      LANGUAGES.has(m.text.toLowerCase()) &&
      isLanguage(fieldOf(doc, m.field).text, m);
    if (language) out ??= found.slice(0, i);
    else out?.push(m);
  }
  return out ?? found;
}

function isLanguage(text: string, m: CountryMention): boolean {
  const after = text.slice(m.end, m.end + 16);
  if (LANGUAGE_AFTER.test(after)) return true;
  return SPEAKING_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && NO_NOUN_AFTER.test(after);
}
