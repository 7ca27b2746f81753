// A stage of `typeNamedSpan` (classify.ts): a name no list knows, typed by the words beside it, and a firm's news
// around it.
import type { Field } from '../../schema.js';
import { startsUpper } from '../../text/letters.js';
import type { Word } from '../chunk.js';
import {
  bodyNounBefore,
  capitalNamed,
  FIXTURE_VERBS as FIXTURE_PREV,
  kindByNeighbours,
  leadsRound,
  listedFirm,
  memberRoleAfter,
  opponentAfterWho,
  sailingStory,
  spokenFor,
  toldMediumAfter,
} from '../kind-cues.js';
import { FUNCTION_WORDS, GAZETTEER } from '../lexicon.js';
import { isNewsmakerSurname, newsmakerNamed } from '../newsmakers.js';
import { SPOKEN_FOR } from '../typing/bodies-and-parties.js';
import { candidate, NO_CONTEXT } from '../typing/candidates.js';
import { type Candidate, type Context, fieldsOf, lowerTokenText, tokenText } from '../typing/context.js';
import {
  firmDealAfter,
  firmNamesOwnOfficerAfter,
  firmResultAfter,
  firmSaysOwnNews,
  firmSaysResult,
} from '../typing/firm-news.js';
import { endsFullName, namesPerson, personsFullName } from '../typing/person-cues.js';
import { lowerNameOf, namesPersonPronounsTakeUp } from '../typing/pronouns.js';
import { S_ACRONYM, S_PLURAL_ABBREVIATION, SURNAME_SHAPE, shapeIs } from '../typing/word-tests.js';
import { gazetteerOfWord, isGivenNameWord, isKnownSurnameWord, isLowerWordWord } from '../word-facts.js';
import type { NamedSpan } from './named-span.js';

/**
 * A name no list knows, typed by the words beside it: a band, a body's noun, a capital, a fixture, a
 * spokesman's employer (kind-cues.ts).
 */
export function namesByNeighbours(s: NamedSpan): Candidate[] | undefined {
  const { chunk, ctx, from, personCue, whole, words, to, prevToken, nextToken } = s;
  // "the band Kasabian", "the Bullring shopping centre": the words beside a name no list knows (kind-cues.ts).
  if (!chunk.caseless && !personCue && whole === undefined) {
    const last = words[to - 1]!.index;
    const kind = kindByNeighbours(
      prevToken,
      (k) => lowerTokenText(ctx, chunk.field, last + k),
      () => isLowerWordWord(words[from]!),
    );
    // "the BHP copper mine", "Alcoa's mine", "the Rosatom nuclear plant": a firm's initials, a possessive or a
    // firm the list knows before a site's noun name its owner, not the site.
    if (
      kind &&
      !(
        kind === 'place' &&
        (words[to - 1]!.possessive ||
          (to - from === 1 && shapeIs(words[from]!, S_ACRONYM)) ||
          listedFirm(
            words
              .slice(from, to)
              .map((word) => word.core)
              .join(' '),
          ))
      )
    )
      return [candidate(chunk, from, to, kind, 2, NO_CONTEXT)];
    // "Wolseley first-half profit rises", "Kmart completes acquisition", "Tandy names new chief executive",
    // "Wolseley said on Friday pretax profit rose": what follows the name in company news is a firm's own
    // (firm-news.ts); not a person's full name, not a surname the lists or the story give a person.
    if (firmNewsAround(ctx, chunk.field, words, from, to))
      return [candidate(chunk, from, to, 'organization', 1, NO_CONTEXT)];
    // "Arctic Monkeys frontman Alex Turner", "No Doubt singer Gwen Stefani": a band's name before a member's
    // role and name (not a genre's, "R&B singer Summer Walker", nor a people's word, "British singer Joe",
    // nor a listed newsmaker's, "Trump tactician Chris LaCivita").
    if (
      memberRoleAfter(
        (k) => lowerTokenText(ctx, chunk.field, last + k),
        () => startsUpper(tokenText(ctx, chunk.field, last + 2)),
        // ("Kamala Harris tactician David Plouffe": a given name and a surname are a campaign's candidate.)
        () =>
          (to - from > 1 && !personsFullName(words[from]!, words[to - 1]!, to - from)) ||
          ctx.sports ||
          sailingStory(ctx.doc.title.text, ctx.doc.body.text),
      ) &&
      !(to - from === 1 && gazetteerOfWord(words[from]!) !== undefined) &&
      newsmakerNamed(words[from]!.core) === undefined &&
      !words.slice(from, to).some((w) => w.core.includes('&'))
    )
      return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
    // "the ruling party Morena", "the militant group Hayat Tahrir al-Sham": a body's noun before the name
    // (not before a given name and a surname: "a birthday party Jenna Ortega threw", read29 F-b).
    if (
      !(to - from === 2 && isGivenNameWord(words[from]!)) &&
      bodyNounBefore(
        (k) => lowerTokenText(ctx, chunk.field, words[from]!.index - k),
        nextToken,
        () => startsUpper(tokenText(ctx, chunk.field, last + 2)),
      ) &&
      newsmakerNamed(words[from]!.core) === undefined
    )
      return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
    // "in the capital, Naypyitaw": the town a capital's noun introduces; "Arsenal, who play Chelsea": the
    // other side of a club's fixture is a club too.
    if (prevToken === ',' || prevToken === 'capital' || FIXTURE_PREV.has(prevToken)) {
      const first = words[from]!.index;
      const before = (k: number): string => lowerTokenText(ctx, chunk.field, first - k);
      // A listed leader is the speaker, never the town ("in the capital, Erdogan, who …": read24 F5).
      if (capitalNamed(before, nextToken) && newsmakerNamed(words[from]!.core) === undefined)
        return [candidate(chunk, from, to, 'place', 2, { locative: true, prev: 'in' })];
      // "Okolie, who face Usyk": a person's name the story knows keeps its reading (read24 F10).
      if (to - from === 1 && opponentAfterWho(before) && !namesPerson(ctx, words[from]!))
        return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
    }
    // "Andreessen Horowitz led the $20 million round", "a round led by Andreessen Horowitz": an investor.
    if (
      (nextToken === 'led' || nextToken === 'leads' || prevToken === 'by') &&
      leadsRound(
        (k) => lowerTokenText(ctx, chunk.field, words[from]!.index - k),
        (k) => lowerTokenText(ctx, chunk.field, last + k),
      )
    )
      return [candidate(chunk, from, to, 'organization', 2, NO_CONTEXT)];
    // "A spokesman for Eskom said": one word no list knows, with no name's shape, that a spokesman speaks
    // for is a body (its verb is the spokesman's); a newsmaker's name ("a spokesman for Netanyahu") or a
    // surname's shape keeps its reading. Weak: the article's other mentions may say a person.
    const single = words[from]!;
    if (
      to - from === 1 &&
      spokenFor(prevToken, () => lowerTokenText(ctx, chunk.field, single.index - 2)) &&
      !isGivenNameWord(single) &&
      !isKnownSurnameWord(single) &&
      !SURNAME_SHAPE.test(single.core) &&
      !isLowerWordWord(single) &&
      // "a spokesman for Erdogan said": a leader's surname names the person (read23 F1).
      newsmakerNamed(single.core) === undefined &&
      // "Donald Trump has offered …, a spokesman for Trump said": the surname of a full name.
      !endsFullName(ctx, single)
    )
      return [candidate(chunk, from, to, 'organization', 1, SPOKEN_FOR)];
    // "… , the official told Velganov .", "told Kovel News by telephone", "told Vivi in an interview": a name no
    // list knows that a source tells its news, ending the telling, is the medium that reports it. News names a person
    // by a full name first ("Lavrov told Dmytro Kuleba"): not a given name, a known surname, a listed leader or a
    // full name's last word.
    if (
      prevToken === 'told' &&
      // ("The governor told Chukwuma Eze by telephone": two or three words no list knows are a person's full name far
      // more often than a medium's, unless a paper's or a station's word ends them; read55 R3.)
      (to - from === 1 || (to - from <= 3 && MEDIUM_LAST_WORDS.has(words[to - 1]!.lower))) &&
      !words[to - 1]!.possessive &&
      // ("the minister told MPs .", "told MEPs": a plural abbreviation is the people told.)
      !shapeIs(words[to - 1]!, S_PLURAL_ABBREVIATION) &&
      toldMediumAfter((k) => lowerTokenText(ctx, chunk.field, last + k)) &&
      !isGivenNameWord(words[from]!) &&
      !isKnownSurnameWord(words[to - 1]!) &&
      newsmakerNamed(words[to - 1]!.core) === undefined &&
      !(to - from === 1 && endsFullName(ctx, words[from]!))
    )
      return [candidate(chunk, from, to, 'organization', 1, NO_CONTEXT)];
  }
  return undefined;
}

/** Last words of a paper's or a station's name: "Asahi Shimbun", "Gazeta Mercantil", "Kovel News". */
const MEDIUM_LAST_WORDS = new Set(
  `news times post shimbun gazeta gazette zeitung radio tv television online herald journal tribune daily weekly
  express mail standard telegraph observer chronicle courier monitor nation`.split(/\s+/),
);

/**
 * Whether company news says the name of `words` [from, to) is a firm (firm-news.ts): its result, its completed deal,
 * the firm's officer it names, or its result after its verb of speech. A given name opening two or more words is a
 * person's full name; a listed leader, and a word the story or the lists give a person, are a speaker's (an analyst
 * says "profit rose" too).
 */
function firmNewsAround(
  ctx: Context,
  field: Field,
  words: readonly Word[],
  from: number,
  to: number,
): boolean {
  const single = words[from]!;
  const lastWord = words[to - 1]!;
  // ("Net profit rose", "Group sales fell", "Final dividend up": an ordinary word opening the run is the result's.)
  if (isLowerWordWord(single) || FUNCTION_WORDS.has(single.lower)) return false;
  const last = lastWord.index;
  // One sentence a line (pre-tokenised text, tables): the words after the name on its own line.
  let end = last + 16;
  if (!lastWord.wrapped) {
    const prepared = fieldsOf(ctx, field).field;
    const tokens = prepared.tokens;
    end = last + 1;
    while (
      end < last + 16 &&
      end < tokens.length &&
      !prepared.text.slice(tokens[end - 1]!.end, tokens[end]!.start).includes('\n')
    )
      end++;
  }
  // The cues first: each reads a few tokens after the name; the guards below may read the whole story.
  // ("Harcourt's completed acquisitions": a possessive owns the deal, whoever it is.)
  const firmOwn =
    firmResultAfter(ctx, field, end, last, lastWord.possessive) ||
    (!lastWord.possessive &&
      (firmDealAfter(ctx, field, end, last) ||
        firmNamesOwnOfficerAfter(ctx, field, end, last, words, from, to) ||
        // (A leader announces a successor too: "Kohl said Klaus Kinkel would replace …", read54 R5.)
        (firmSaysOwnNews(ctx, field, end, last) && !isNewsmakerSurname(lastWord.core))));
  // (An analyst says "profit rose" too: not a given name or a surname the lists know.)
  if (
    !firmOwn &&
    !(
      firmSaysResult(ctx, field, end, last) &&
      !(to - from === 1 && (isGivenNameWord(single) || isKnownSurnameWord(single)))
    )
  )
    return false;
  // ("Stewart Enterprises completes acquisition": an ordinary last word is no surname.)
  if (to - from > 1 && isGivenNameWord(single) && !isLowerWordWord(lastWord)) return false;
  // ("U.K. Average earnings rose", "Eastern European sales": a country's or a people's earnings.)
  for (let k = from; k < to; k++) {
    const kind = (gazetteerOfWord(words[k]!) ?? GAZETTEER.get(`${words[k]!.lower}.`))?.kind;
    if (kind === 'country' || kind === 'demonym' || kind === 'group') return false;
  }
  // A listed leader, or the surname of a full name in the story, is a person's; so is a name a person's pronoun
  // takes up in any of its mentions ("Icahn said on Friday he completed the acquisition": wild52 17:32).
  return (
    newsmakerNamed(single.core) === undefined &&
    !(to - from === 1 && endsFullName(ctx, single)) &&
    !namesPersonPronounsTakeUp(ctx).has(lowerNameOf(words, from, to))
  );
}
