import { lowerCased } from '../text/chars.js';
import type { TagDocument } from '../text/document.js';
import { lazyPattern } from '../text/lazy-pattern.js';
import { ACRONYM_WITH_ONE_LOWER } from './acronym-shapes.js';
import type { Candidate } from './classify.js';
import { knownBodyNamed } from './known-bodies.js';
import { GAZETTEER, isLowerWord, ORG_HEADS } from './lexicon.js';
import { initialsOf } from './name-forms.js';
import { titleAliases } from './title-aliases.js';

/**
 * "(Busa)", "(NASDAQ: NVDA)": right after a name, an opening bracket, maybe an exchange's name and a
 * colon, one word and the closing bracket.
 */
const BRACKET_AFTER = lazyPattern(() => /^ ?\( ?(?:(\p{Lu}[\p{L}]{1,9}) ?: ?)?(\p{L}[\p{L}\d&-]{1,11})\)/u);
/**
 * "Widodo, widely known as Jokowi", "Guzman, nicknamed Chapo", "Changpeng Zhao, known as CZ": the text gives a
 * person's other name (a word, or initials in capitals).
 */
const KNOWN_AS_AFTER = lazyPattern(
  () =>
    /^,? (?:(?:(?:widely|popularly|commonly|better|also|affectionately) )?known as|nicknamed) (\p{Lu}\p{Ll}+|\p{Lu}{2,4})\b/u,
);
/** ", Inc." or ", Ltd" between a firm's name and a bracket. */
const LEGAL_FORM_BEFORE_BRACKET = /^, (?:Inc|Corp|Co|Ltd|LLC|Plc|PLC|AG|SA|NV|SE|LP|L\.P)\.?(?= ?\()/;
/** A short form written as a word: "Busa", "Petronas", "Cotu". */
const SHORT_FORM = lazyPattern(() => /^\p{Lu}\p{Ll}{2,}$/u);
/** A ticker or an acronym: two to six capitals ("NVDA", "GOOGL", "ADNOC"). */
const CAPITALS = lazyPattern(() => /^\p{Lu}{2,6}$/u);
const DIGIT = /\d/;
const OWNER_POSSESSIVE = /^(?:'s|\u2019s)$/;
/** An acronym with a digit or hyphens: "DVB-H", "K-O-P", "E3". */
const CODE = lazyPattern(() => /^\p{Lu}(?:[\p{Lu}\d]|-(?=\p{Lu})){1,7}$/u);

/**
 * Names the text itself gives as another name of the name before them: a short form, acronym or ticker
 * in brackets right after a body's name ("Business Unity South Africa (Busa)", "Manufacturers Association
 * of Nigeria (MAN)", "Nvidia Corp. (NASDAQ: NVDA)", "Petroliam Nasional Bhd (Petronas)") and a nickname
 * after "known as" ("Widodo, widely known as Jokowi"). Returns each alias's text with the mention it
 * names; merge.ts joins every mention of the alias, in any reading, to that mention's entity.
 *
 * A bracketed word is an alias only when it reads as one: capitals (an acronym or ticker) after a body's
 * or a place's name, or a word with the name's first letter ("Petronas", "Cotu"); nothing bracketed after
 * a person ("Mike Johnson (Louisiana)", "Smith (Labour)"), no country after a firm ("Reuters (UK)").
 */
export function aliasesInText(
  candidates: readonly Candidate[],
  doc: TagDocument,
): Map<string, Candidate> | undefined {
  let aliases: Map<string, Candidate> | undefined;
  let byStart: Map<string, Candidate> | undefined;
  let byEnd: Map<string, Candidate> | undefined;
  for (const full of candidates) {
    if (full.type === 'nationality' || full.type === 'none') continue;
    const text = (full.field === 'title' ? doc.title : doc.body).text;
    // Cheap tests first: a bracket or a comma right after the name, or after one space.
    const next = text.charCodeAt(full.end);
    const after = next === 32 ? text.charCodeAt(full.end + 1) : next;
    let bracketed = after === 40;
    let skip = 0;
    // "Halvorsen Therapeutics, Inc. (Nasdaq: HLVT)": a firm's legal form after a comma, then the bracket.
    if (after === 44 && next === 44 && full.type === 'organization') {
      const form = LEGAL_FORM_BEFORE_BRACKET.exec(text.slice(full.end, full.end + 16));
      if (form) {
        bracketed = true;
        skip = form[0].length;
      }
    }
    if (!bracketed && (after !== 44 || full.type !== 'person') && !(next === 32 && after === 107)) continue;
    const rest = text.slice(full.end + skip, full.end + skip + 40);
    const found = (bracketed ? BRACKET_AFTER : KNOWN_AS_AFTER).exec(rest);
    if (!found) continue;
    const word = bracketed ? found[2]! : found[1]!;
    if (!byStart) {
      byStart = new Map();
      byEnd = new Map();
      for (const c of candidates) {
        byStart.set(`${c.field}:${c.start}`, c);
        byEnd.set(`${c.field}:${c.end}`, c);
      }
    }
    const at = full.end + skip + found[0].length - word.length - (bracketed ? 1 : 0);
    const alias = byStart.get(`${full.field}:${at}`);
    if (alias && alias.text !== word) continue;
    // "The Security Service of Ukraine (SBU)": the body's name ends before "of" and the country, which the
    // bracket follows.
    const named = bracketed && full.type === 'place' ? (bodyBeforeOf(byEnd!, full, text) ?? full) : full;
    if (!readsAsAlias(named, word, alias, bracketed, found[1] !== undefined, text)) continue;
    aliases ??= new Map();
    aliases.set(word, named);
  }
  return titleAliases(candidates, doc, aliases);
}

/**
 * The body (`byEnd`: the candidates by field and end) whose name ends right before " of " and the place `place` ("Security Service" of "The Security Service of
 * Ukraine (SBU)"), when the chunker cut the name there; undefined when none does.
 */
function bodyBeforeOf(
  byEnd: ReadonlyMap<string, Candidate>,
  place: Candidate,
  text: string,
): Candidate | undefined {
  if (text.slice(place.start - 4, place.start) !== ' of ') return undefined;
  const body = byEnd.get(`${place.field}:${place.start - 4}`);
  return body?.type === 'organization' && body.words.length >= 2 ? body : undefined;
}

/**
 * "Securities and Exchange Commission" cut to "Exchange Commission", "Organization of the Petroleum Exporting
 * Countries" to its last words, "National Infrastructure Security Centre" to "Infrastructure Security Centre",
 * "Banque Internationale a Luxembourg" to its last word: a capitalised word, maybe a joining word of English or
 * of another language, right before the name (its first capture).
 */
const CUT_NAME_BEFORE = lazyPattern(
  () =>
    /(\p{Lu}[\p{L}.'\u2019-]*),?\s+(?:(?:and|&|of|for|of\s+the|for\s+the|de|des|du|di|del|da|a|\u00e0|und)\s+)?$/u,
);
/** Capitalised words before a whole name: an article opening the sentence, a possessive owner ("Russia's"). */
const NOT_CUT_WORD = /^(?:The|A|An)$|['\u2019]s$/;
/** Where a sentence opens: the text's start, or a stop, a quote or a bracket and a space. */
const SENTENCE_OPENS = /(?:^|[.!?:;"\u201c(]\s+)$/;

/**
 * Whether the name `full` stands whole in `text`: no capitalised word right before it, maybe with a joining word,
 * which would make it the cut end of a longer name; an article, an owner's possessive or an ordinary word opening the
 * sentence ("Officials of the Kurdistan Workers' Party (PKK)") is no word of the name.
 */
function wholeName(full: Candidate, text: string): boolean {
  const before = text.slice(Math.max(0, full.start - 60), full.start);
  const cut = CUT_NAME_BEFORE.exec(before);
  if (cut === null) return true;
  const word = cut[1]!;
  return (
    NOT_CUT_WORD.test(word) ||
    (isLowerWord(lowerCased(word)) && SENTENCE_OPENS.test(before.slice(0, cut.index)))
  );
}

function readsAsAlias(
  full: Candidate,
  word: string,
  alias: Candidate | undefined,
  bracketed: boolean,
  afterExchange: boolean,
  text: string,
): boolean {
  if (alias?.type === 'nationality' || word === full.text) return false;
  if (!bracketed) return full.type === 'person' && alias?.type !== 'place';
  if (full.type === 'person') return false;
  if (alias?.countryCode !== undefined && full.type !== 'place') return false;
  // "Digital Video Broadcasting Handheld (DVB-H)", "Kansallis-Osake-Pankki (K-O-P)": a code with hyphens
  // or a digit (not after a name of one word: "Expo (E3)" is a cut name).
  if (
    CAPITALS.test(word) ||
    ACRONYM_WITH_ONE_LOWER.test(word) ||
    (CODE.test(word) && (full.words.length >= 2 || !DIGIT.test(word)))
  ) {
    // "Nvidia Corp. (NASDAQ: NVDA)", "Alphabet Inc. (NASDAQ: GOOGL)": a ticker the text says is one.
    if (afterExchange) return true;
    const words = full.words;
    // "New South Wales (NSW)": a place's acronym is its initials ("Singapore (MAS)" is a cut name).
    if (full.type === 'place') return initialsOf(words) === word;
    // "Corp (CSBC)": a name cut to its head word is no name to join.
    if (words.length === 1 && ORG_HEADS.has(lowerCased(words[0]!))) return false;
    // An acronym or ticker starts as the name does ("Tesla Inc. (TSLA)", "London Interbank Offered Rates
    // (LIBOR)"), after a country's name maybe ("U.S. International Trade Commission (ITC)"); not as a name
    // the chunker cut ("Exchange Commission (SEC)", "Petroleum Exporting Countries (OPEC)").
    const letter = word.charAt(0);
    // "The Kurdistan Workers' Party (PKK)", "the Corruption Eradication Commission (KPK)": an acronym of three
    // capitals or more after a whole body's name of two words or more is its acronym in the body's own language
    // (a listed body's acronym keeps the list's id: "the National Statistics Institute (INSEE)").
    if (
      words.length >= 2 &&
      word.length >= 3 &&
      CAPITALS.test(word) &&
      knownBodyNamed(word) === undefined &&
      wholeName(full, text)
    )
      return true;
    const opening = words.length > 2 ? GAZETTEER.get(lowerCased(words[0]!))?.kind : undefined;
    return (
      words[0]!.charAt(0) === letter ||
      // ("Russia's Federal Security Service (FSB)" is named with its owner's adjective: "Russian …".)
      ((opening === 'country' || opening === 'demonym') && words[1]!.charAt(0) === letter) ||
      // "BlackRock's iShares Bitcoin Trust (IBIT)": after its owner's possessive, the name proper opens the
      // code (a brand may open in lower case).
      (words.length > 2 &&
        OWNER_POSSESSIVE.test(full.text.slice(words[0]!.length, words[0]!.length + 2)) &&
        words[1]!.charAt(0).toUpperCase() === letter)
    );
  }
  // "Petroliam Nasional Bhd (Petronas)", "Business Unity South Africa (Busa)": a word in lower case after
  // its capital, with the first letter of a name of two words or more ("Expo (E3)" is a cut name).
  // "RIO DE JANEIRO (Reuters)", "BUENOS AIRES (Bloomberg)": a word after a place is a wire credit, no
  // short form of the place (a place's acronym is its initials, above).
  return (
    !afterExchange &&
    full.type !== 'place' &&
    full.words.length >= 2 &&
    SHORT_FORM.test(word) &&
    (alias === undefined || alias.type === 'organization' || alias.type === full.type) &&
    word.charAt(0) === full.words[0]!.charAt(0) &&
    word.length < full.text.length
  );
}
