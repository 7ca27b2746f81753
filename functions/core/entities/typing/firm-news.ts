// Company news: what follows a firm's name in a results, deal or boardroom story and never a person's
// ("Wolseley first-half profit rises 12 pct", "Kmart completes acquisition", "Tandy names new chief executive",
// "Wolseley said on Friday first-half pretax profit rose …"). Wire copy names a listed company by its name
// alone (no "Plc", no "the company") in its own story's headline and first sentence (wild51 W22).
import type { Field } from '../../schema.js';
import { MONTH_NAMES } from '../../text/months.js';
import { type Context, fieldsOf, lowerTokenText, startsWithCapital, tokenText } from './context.js';
import { lowerNameOf } from './pronouns.js';
import { CALENDAR_WORD, SENTENCE_END, tokenBits } from './token-bits.js';

const EXPECTED = new Set(['expected', 'expects', 'sees', 'saw', 'forecast', 'forecasts']);
/** Words between a firm's name and its result that say which result: "first-half pretax profit", "Q2 net loss". */
const RESULT_QUALIFIERS = new Set(
  (
    'first-half second-half half-year half-yearly first-quarter second-quarter third-quarter fourth-quarter ' +
    'full-year nine-month six-month three-month year-end year-on-year interim annual quarterly fiscal ' +
    'pretax pre-tax net operating underlying group core trading gross'
  ).split(' '),
);
/** "Q2", "H1", "1996", "1995/96", "FY96": a period's code before a result. */
const PERIOD_CODE = /^(?:[qh][1-4]|fy\d{2,4}|(?:19|20)\d\d(?:\/\d\d)?)$/;
/** A firm's results and shares, which follow its name in a results story's headline. */
const RESULT_NOUNS = new Set(
  'profit profits loss losses earnings sales revenue revenues turnover income dividend shares eps'.split(' '),
);
/** How a result or a share price moves, right after its noun: "profit rises", "loss widens", "shares up". */
const RESULT_MOVES = new Set(
  (
    'rise rises rose risen jump jumps jumped climb climbs climbed surge surges surged soar soars soared ' +
    'gain gains gained fall falls fell fallen drop drops dropped slip slips slipped slide slides slid ' +
    'slump slumps slumped plunge plunges plunged dip dips dipped ease eases eased tumble tumbles tumbled ' +
    'widen widens widened narrow narrows narrowed double doubles doubled halve halves halved triple ' +
    'triples tripled up down higher lower flat steady beat beats miss misses top tops improve improves ' +
    'improved recover recovers recovered shrink shrinks shrank'
  ).split(' '),
);

/** The token at `index` lower-cased, or nothing from token `end` on (the next line of one-sentence-a-line text). */
const at = (ctx: Context, field: Field, end: number, index: number) =>
  index < end ? lowerTokenText(ctx, field, index) : '';

/**
 * "Wolseley first-half profit rises", "Aw Computer Systems Q2 loss widens", "Wolseley shares fell 5 pence",
 * "Kmart August sales up 3 pct": a firm's result or its shares right after the name ending at token `last`
 * (through at most three words that say which result), before a word of how it moved or a figure. A person
 * has no profit or shares that rise ("Smith shares the lead" is the verb: no move follows). A loss, sales,
 * earnings and what a possessive owns must say which result ("Sampras loss drops him to second", "Jordan's earnings rose"
 * are a player's); so must what an expectation names ("sees higher earnings", "expects first-half profit").
 */
export function firmResultAfter(
  ctx: Context,
  field: Field,
  end: number,
  last: number,
  possessive = false,
  expected = false,
): boolean {
  let i = last + 1;
  const apostrophe = i < end ? tokenText(ctx, field, i) : '';
  if (apostrophe === "'" || apostrophe === '\u2019') i++;
  // "Apic Yamada sees higher earnings", "Wolseley expects lower first-half profit".
  let expects = expected;
  if (!expects && EXPECTS.has(at(ctx, field, end, i))) {
    expects = true;
    i++;
  }
  if (expects && LEVELS.has(at(ctx, field, end, i))) i++;
  let qualified = false;
  for (let k = 0; k < 3; k++) {
    const word = at(ctx, field, end, i);
    if (!RESULT_QUALIFIERS.has(word) && !PERIOD_CODE.test(word) && !MONTHS.has(word)) break;
    i++;
    qualified = true;
  }
  const noun = at(ctx, field, end, i);
  if (!RESULT_NOUNS.has(noun)) return false;
  if (expects) return noun !== 'shares' && (qualified || expected || LEVELS.has(at(ctx, field, end, i - 1)));
  if (possessive && !qualified) return false;
  const next = at(ctx, field, end, i + 1);
  if ((noun === 'loss' || noun === 'losses') && !qualified) return LOSS_MOVES.has(next);
  // ("Kowalski sales soar after film", "Woods earnings top $10 million": an author's or a player's, read52.)
  if ((noun === 'sales' || noun === 'earnings') && !qualified) return false;
  // ("Net profit 57.1 mln vs 41.2 mln": a figure right after the noun is a results table's label.)
  return RESULT_MOVES.has(next) && !elsewhereLater(ctx, field, end, i + 2);
}

/**
 * Whether the clause from token `from` (within eight tokens) puts the result or the jobs at another body: "profit
 * rose at NNPC", "rose at the state oil firm", "300 jobs at Kenya Railways" (a manager's or a minister's words:
 * read52 R9). "rose 5 pence at 4.48" is a price.
 */
function elsewhereLater(ctx: Context, field: Field, end: number, from: number): boolean {
  for (let i = from; i < from + 8 && i < end; i++) {
    if (tokenBits(ctx, field, i) & SENTENCE_END || at(ctx, field, end, i) === ',') return false;
    if (at(ctx, field, end, i) === 'at' && elsewhereAt(ctx, field, end, i)) return true;
  }
  return false;
}
/** What a firm expects or reports of its result: "sees higher earnings", "posts record profit". */
const EXPECTS = new Set('sees expects forecasts predicts posts reports'.split(' '));
/** How big it expects or reports it: "higher", "record", "lower". */
const LEVELS = new Set('higher lower record bigger smaller improved reduced strong weak flat'.split(' '));
const LOSS_MOVES = new Set(['widens', 'widened', 'narrows', 'narrowed']);
const startsWithDigit = (word: string) =>
  word.length > 0 && word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;
const MONTHS = new Set(MONTH_NAMES.map((name) => name.toLowerCase()));

/**
 * What a firm completes in its own headline: "completes acquisition", "completes sale of unit" (not a purchase or a
 * takeover, which a businessman completes of a club as often: "Dorvalli completes takeover of Torino", read52).
 */
const DEAL_NOUNS = new Set(
  'acquisition acquisitions sale merger divestiture spin-off spinoff offering placement refinancing'.split(
    ' ',
  ),
);
const COMPLETES = new Set([
  'completes',
  'completed',
  'closes',
  'closed',
  'finalises',
  'finalizes',
  'finalised',
  'finalized',
]);
/** Jobs a firm cuts: "to cut 500 jobs", "sheds 1,200 staff". */
const JOB_CUTS = new Set(['cut', 'cuts', 'shed', 'sheds', 'axe', 'axes', 'slash', 'slashes']);
const JOB_NOUNS = new Set(['jobs', 'staff', 'workers', 'employees', 'positions', 'posts']);

/**
 * "Kmart completes acquisition", "Kmart completed the acquisition of …", "Wolseley to cut 500 jobs": after the
 * name ending at `last`, a firm's completed deal, or jobs it cuts by a figure.
 */
export function firmDealAfter(ctx: Context, field: Field, end: number, last: number): boolean {
  let i = last + 1;
  if (at(ctx, field, end, i) === 'to' || at(ctx, field, end, i) === 'will') i++;
  const verb = at(ctx, field, end, i);
  if (COMPLETES.has(verb) || verb === 'complete' || verb === 'close') {
    let j = i + 1;
    while (
      j < i + 4 &&
      (at(ctx, field, end, j) === 'its' ||
        at(ctx, field, end, j) === 'the' ||
        at(ctx, field, end, j) === 'previously' ||
        at(ctx, field, end, j) === 'planned' ||
        at(ctx, field, end, j) === 'announced')
    )
      j++;
    return DEAL_NOUNS.has(at(ctx, field, end, j));
  }
  if (!JOB_CUTS.has(verb)) return false;
  // "to cut 500 jobs", "to cut about 1,200 jobs", "cuts 500 more jobs".
  let j = i + 1;
  if (
    at(ctx, field, end, j) === 'about' ||
    at(ctx, field, end, j) === 'some' ||
    at(ctx, field, end, j) === 'up'
  )
    j++;
  if (at(ctx, field, end, j) === 'to') j++;
  const figure = j < end ? tokenText(ctx, field, j) : '';
  if (!startsWithDigit(figure)) return false;
  j++;
  if (at(ctx, field, end, j) === 'more' || at(ctx, field, end, j) === 'new') j++;
  return JOB_NOUNS.has(at(ctx, field, end, j)) && !elsewhereAt(ctx, field, end, j + 1);
}

/** Offices only a firm fills: "chief executive", "finance director" (a leader names ministers and chairmen too). */
const FIRM_OFFICES_TWO = new Set([
  'chief executive',
  'chief financial',
  'chief operating',
  'finance director',
  'managing director',
]);
const FIRM_OFFICES_ONE = new Set(['ceo', 'cfo', 'coo']);
const NAMES_VERBS = new Set(['names', 'named', 'appoints', 'appointed']);

/**
 * Whether a firm's office opens at token `i` (after "as", "its", "new", "a") and is the name's own: not an office
 * "of"/"at" another body ("names new chief executive of Eskom" is a minister's or an owner's appointment).
 */
function firmOfficeAt(ctx: Context, field: Field, end: number, i: number): boolean {
  let j = i;
  for (let k = 0; k < 3; k++) {
    if (!OFFICE_OPENERS.has(at(ctx, field, end, j))) break;
    j++;
  }
  const one = at(ctx, field, end, j);
  if (FIRM_OFFICES_ONE.has(one)) j++;
  else if (FIRM_OFFICES_TWO.has(`${one} ${at(ctx, field, end, j + 1)}`)) j += 2;
  else return false;
  if (at(ctx, field, end, j) === 'officer') j++;
  return !elsewhereAt(ctx, field, end, j);
}
const OFFICE_OPENERS = new Set(['as', 'its', 'new', 'a', 'the', 'president', 'and']);

/**
 * Whether the words from token `i` say the office, result or jobs are another body's: "of Lonrho", "at NNPC", "at
 * the state oil firm", "of the group".
 */
function elsewhereAt(ctx: Context, field: Field, end: number, i: number): boolean {
  const word = at(ctx, field, end, i);
  if (word !== 'of' && word !== 'at') return false;
  const next = i + 1 < end ? tokenText(ctx, field, i + 1) : '';
  return next === 'the' || startsWithCapital(next);
}

/**
 * "Tandy names new chief executive", "Tandy named John Smith chief executive", "Tandy appointed John Smith as its
 * chief financial officer": the name ending at `last` fills an office only a firm has, in the present tense
 * directly or after the person's name (at most four capitalised words). A past form right before the office is a
 * headline's passive ("Kaminski named new chief executive", "Smithers named chief executive of Lonrho": read52 R8).
 */
export function firmNamesOfficerAfter(ctx: Context, field: Field, end: number, last: number): boolean {
  const i = last + 1;
  const verb = at(ctx, field, end, i);
  if (!NAMES_VERBS.has(verb)) return false;
  if ((verb === 'names' || verb === 'appoints') && firmOfficeAt(ctx, field, end, i + 1)) return true;
  let j = i + 1;
  while (j < i + 6 && startsWithCapital(j < end ? tokenText(ctx, field, j) : '')) j++;
  // ("Tandy named Smith, a former banker, chief executive": the office must follow the person's name.)
  return j > i + 1 && firmOfficeAt(ctx, field, end, j);
}

/**
 * "Wolseley said on Friday first-half pretax profit rose", "Kmart said Friday it completed the acquisition":
 * right after the name ending at `last`, its verb of speech (and a day), then its own result or its "it" before a
 * completed deal.
 */
export function firmSaysResult(ctx: Context, field: Field, end: number, last: number): boolean {
  const said = at(ctx, field, end, last + 1);
  if (said !== 'said' && said !== 'says') return false;
  let i = last + 2;
  if (at(ctx, field, end, i) === 'on' && tokenBits(ctx, field, i + 1) & CALENDAR_WORD) i += 2;
  else if (tokenBits(ctx, field, i) & CALENDAR_WORD && !(tokenBits(ctx, field, i) & SENTENCE_END)) i++;
  const word = at(ctx, field, end, i);
  if (word === 'its') return firmResultAfter(ctx, field, end, i);
  if (word === 'it') {
    // "Unisys said on Friday it expected third-quarter earnings to rise".
    if (EXPECTED.has(at(ctx, field, end, i + 1))) return firmResultAfter(ctx, field, end, i + 1, false, true);
    let j = i + 1;
    if (at(ctx, field, end, j) === 'has' || at(ctx, field, end, j) === 'had') j++;
    return (
      (COMPLETES.has(at(ctx, field, end, j)) && firmDealAfter(ctx, field, end, j - 1)) ||
      firmsStandAfter(ctx, field, end, i + 1)
    );
  }
  return firmResultAfter(ctx, field, end, i - 1);
}

/**
 * `firmNamesOfficerAfter`, unless the story has the same name appoint another firm's officer: "Agnelli names new
 * Fiat chief executive" / "Agnelli named Cesare Romiti chief executive on Friday" is an owner's or a chairman's
 * appointment at the firm he controls, not the firm's own (wild52 17:32). `words` [from, to) is the name.
 */
export function firmNamesOwnOfficerAfter(
  ctx: Context,
  field: Field,
  end: number,
  last: number,
  words: readonly { lower: string }[],
  from: number,
  to: number,
): boolean {
  return (
    firmNamesOfficerAfter(ctx, field, end, last) &&
    // ("Qorvex named John Smith chief executive of its Zelmar unit": a parent naming its own unit's chief, read53 R3.)
    (!namersOfOtherFirmsOfficers(ctx).has(lowerNameOf(words, from, to)) || itsOwnLater(ctx, field, end, last))
  );
}
/** Whether "of its" or "at its" follows within the dozen tokens after `last` (on its line): the namer's own unit. */
function itsOwnLater(ctx: Context, field: Field, end: number, last: number): boolean {
  for (let i = last + 2; i < last + 14 && i < end; i++) {
    const word = at(ctx, field, end, i);
    if (word === '.' || word === ';') return false;
    if ((word === 'of' || word === 'at') && at(ctx, field, end, i + 1) === 'its') return true;
  }
  return false;
}

/**
 * The names (as lowerNameOf keys) written before "names/named/appoints/appointed new/a/the <Name> <office>" anywhere in
 * the story: "Agnelli names new Fiat chief executive" gives "agnelli". Read once per article.
 */
function namersOfOtherFirmsOfficers(ctx: Context): ReadonlySet<string> {
  let found = namersByArticle.get(ctx.fields);
  if (found === undefined) {
    found = new Set();
    for (const field of ['title', 'body'] as const) {
      const { words, field: text } = fieldsOf(ctx, field);
      const n = text.tokens.length;
      for (let i = 1; i < n; i++) {
        if (!NAMES_VERBS.has(lowerTokenText(ctx, field, i)) || !words[i - 1]?.capitalised) continue;
        let j = i + 1;
        if (!OTHERS_OFFICE_OPENERS.has(at(ctx, field, n, j))) continue;
        j++;
        const firstOfFirm = j;
        while (j < firstOfFirm + 3 && words[j]?.capitalised) j++;
        if (j === firstOfFirm) continue;
        if (at(ctx, field, n, j) === "'s") j++;
        const one = at(ctx, field, n, j);
        if (!FIRM_OFFICES_ONE.has(one) && !FIRM_OFFICES_TWO.has(`${one} ${at(ctx, field, n, j + 1)}`))
          continue;
        let start = i - 1;
        while (start > 0 && words[start - 1]?.capitalised && !words[start - 1]!.possessive) start--;
        found.add(lowerNameOf(words as readonly { lower: string }[], start, i));
      }
    }
    namersByArticle.set(ctx.fields, found);
  }
  return found;
}
const namersByArticle = new WeakMap<Context['fields'], Set<string>>();
/** "names new Fiat chief executive", "named a Fiat finance director", "appointed the Fiat chief executive". */
const OTHERS_OFFICE_OPENERS = new Set(['new', 'a', 'the']);

/**
 * "Lonrho said on Wednesday it had no plans to bid", "Dranmoor said it was in talks with a buyer", "… it had won a
 * 40 million stg order", "… it had agreed to sell its engine unit", "… it would not bid": from token `i` (after
 * "it"), what a firm has done, is doing or rules out in its own statement. A person's "it" is the matter spoken of,
 * which has no plans, holds no talks and wins no orders ("it was a mistake", "it had been a long year").
 */
function firmsStandAfter(ctx: Context, field: Field, end: number, i: number): boolean {
  const aux = at(ctx, field, end, i);
  const next = at(ctx, field, end, i + 1);
  // (A minister speaking for a government says "it" too: "Mwangi said it had agreed to sell the railway", "… it was
  // in talks with two buyers for the unit", "… it had won the vote" stay persons, read53 R2. The firm's own stand
  // names what is its own ("its engine unit") or an order it won.)
  if (aux === 'had' || aux === 'has') {
    if (next === 'no') return at(ctx, field, end, i + 2) === 'plans';
    if (next === 'won') return ordersWonLater(ctx, field, end, i + 2);
    return FIRM_DEEDS.has(next) && itsLater(ctx, field, end, i + 2);
  }
  if (aux === 'was' || aux === 'is')
    return next === 'in' && at(ctx, field, end, i + 2) === 'talks' && itsLater(ctx, field, end, i + 3);
  if ((aux === 'would' || aux === 'will') && next === 'not') {
    const act = at(ctx, field, end, i + 2);
    return act === 'bid' || (FIRMS_RULED_OUT.has(act) && itsLater(ctx, field, end, i + 3));
  }
  return false;
}
/**
 * "Harlow said it had won a 40 million stg order", "Olivetti said on Wednesday Antonio Tesone would replace Carlo De
 * Benedetti as chairman": after the name ending at `last`, its verb of speech (and a day), then an order or a
 * contract "it" won, or a board's succession (two names, "would replace|succeed", a firm's or a board's office
 * of its own). News names a person by a full name at first mention; a bare name announcing these is the firm's
 * own statement, whatever the name's spelling (wild53 Y1, Y2). Not the surname of a full name in the story, nor a
 * leader's (firmNewsAround's guards).
 */
export function firmSaysOwnNews(ctx: Context, field: Field, end: number, last: number): boolean {
  const said = at(ctx, field, end, last + 1);
  if (said !== 'said' && said !== 'says') return false;
  let i = last + 2;
  if (at(ctx, field, end, i) === 'on' && tokenBits(ctx, field, i + 1) & CALENDAR_WORD) i += 2;
  else if (tokenBits(ctx, field, i) & CALENDAR_WORD && !(tokenBits(ctx, field, i) & SENTENCE_END)) i++;
  if (at(ctx, field, end, i) === 'that') i++;
  if (at(ctx, field, end, i) === 'it') {
    const aux = at(ctx, field, end, i + 1);
    return (
      (aux === 'had' || aux === 'has') &&
      at(ctx, field, end, i + 2) === 'won' &&
      ordersWonLater(ctx, field, end, i + 3)
    );
  }
  // The successor's name, "would replace|succeed", the predecessor's name, "as (its)" and the office.
  const afterSuccessor = capitalsFrom(ctx, field, end, i);
  if (afterSuccessor === i) return false;
  let j = afterSuccessor;
  if (at(ctx, field, end, j) !== 'would' && at(ctx, field, end, j) !== 'will') return false;
  j++;
  if (!SUCCEEDS.has(at(ctx, field, end, j))) return false;
  const afterPredecessor = capitalsFrom(ctx, field, end, j + 1);
  if (afterPredecessor === j + 1 || at(ctx, field, end, afterPredecessor) !== 'as') return false;
  j = afterPredecessor + 1;
  if (at(ctx, field, end, j) === 'its') j++;
  const one = at(ctx, field, end, j);
  if (BOARD_OFFICES_ONE.has(one) || FIRM_OFFICES_ONE.has(one)) j++;
  else if (FIRM_OFFICES_TWO.has(`${one} ${at(ctx, field, end, j + 1)}`)) j += 2;
  else return false;
  if (at(ctx, field, end, j) === 'officer') j++;
  return !elsewhereAt(ctx, field, end, j);
}
/** The index after two to four capitalised tokens from `i` (a person's full name), else `i`. */
function capitalsFrom(ctx: Context, field: Field, end: number, i: number): number {
  let j = i;
  while (j < i + 4 && j < end && startsWithCapital(tokenText(ctx, field, j))) j++;
  return j - i >= 2 ? j : i;
}
const SUCCEEDS = new Set(['replace', 'succeed']);
/** A board's offices, which a firm (or a party) fills by succession: "as chairman". */
const BOARD_OFFICES_ONE = new Set(['chairman', 'chairwoman', 'chairperson']);

/** Whether the firm's "its" comes within ten tokens from `from`, in the same clause of its line. */
function itsLater(ctx: Context, field: Field, end: number, from: number): boolean {
  for (let i = from; i < from + 10 && i < end; i++) {
    const word = at(ctx, field, end, i);
    if (word === 'its') return true;
    if (word === '.' || word === ';' || word === ',') return false;
  }
  return false;
}
/** Whether an order or a contract comes within six tokens from `from`: "it had won a 40 million stg order". */
function ordersWonLater(ctx: Context, field: Field, end: number, from: number): boolean {
  for (let i = from; i < from + 6 && i < end; i++) {
    const word = at(ctx, field, end, i);
    if (ORDERS.has(word)) return true;
    if (word === '.' || word === ';' || word === ',') return false;
  }
  return false;
}
const ORDERS = new Set(['order', 'orders', 'contract', 'contracts']);
/** What a firm has done, in its own statement: "it had won an order", "it has sold its stake". */
const FIRM_DEEDS = new Set('agreed signed sold bought acquired completed'.split(' '));
/** What a firm rules out: "it would not bid", "it will not sell the unit". */
const FIRMS_RULED_OUT = new Set('sell buy invest merge'.split(' '));
