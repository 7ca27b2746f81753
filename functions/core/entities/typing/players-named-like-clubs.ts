// A player whose name reads like a club's or a firm's (a country or a town and an ordinary word: "Jordan Love").
import type { Field } from '../../schema.js';
import type { Word } from '../chunk.js';
import { isGivenNameWord } from '../word-facts.js';
import { type Context, lowerTokenText, startsWithCapital, tokenText } from './context.js';

/**
 * Verbs of a player's own play, which a side seldom takes: "Jordan Love threw", "Zay Flowers caught" (a side
 * scores, runs and wins too, so those are left out).
 */
const PLAY_VERBS = new Set(
  'threw throws caught catches completed completes intercepted homered pitched rushed'.split(' '),
);
/** Last words of sides' names: "Charlton Athletic", "Sydney Swans" (a plural), which no surname takes here. */
const SIDE_LAST_WORDS = new Set(['city', 'united', 'athletic', 'town', 'county', 'albion', 'rovers']);

/**
 * "Jordan Love threw two touchdowns", "Jordan Love and the Green Bay Packers lost": on a sports page, a known
 * given name and one more word, before a verb of play or coordinated with a club named by its plural, is the
 * player. A side's name in the plural or with a side's last word ("Sydney Swans", "Charlton Athletic") stays.
 */
export function playerNamedLikeClub(ctx: Context, field: Field, first: Word, last: Word): boolean {
  // Off the sports page the verbs are a firm's too: "Victoria Gold completed the sale of its mine".
  if (!ctx.sports || !isGivenNameWord(first) || !last.capitalised || last.caseless) return false;
  const lastLower = last.lower;
  if (lastLower.endsWith('s') || SIDE_LAST_WORDS.has(lastLower)) return false;
  const next = lowerTokenText(ctx, field, last.index + 1);
  if (PLAY_VERBS.has(next)) return true;
  return next === 'and' && clubInPluralAt(ctx, field, last.index + 2);
}

/** A player's own feats, the object of the verb after the name: "made a century", "caught two touchdowns". */
const PLAYER_FEATS = new Set(
  'century centuries half-century fifty sixes touchdown touchdowns hat-trick brace double-double triple-double homer homers'.split(
    ' ',
  ),
);

/**
 * "Zay Flowers caught two touchdowns", "Rishabh Pant struck a brilliant century": on a sports page, a word no
 * list knows (a given name the lists lack) before an ordinary word, then a verb of a player's own play or a
 * verb whose object within four words is a player's feat, is the player, not a firm or a side of that shape.
 */
export function playerWithUnlistedGivenName(ctx: Context, field: Field, first: Word, last: Word): boolean {
  if (!ctx.sports || !first.capitalised || first.caseless || !last.capitalised || last.caseless) return false;
  const next = lowerTokenText(ctx, field, last.index + 1);
  if (PLAY_VERBS.has(next)) return true;
  if (!/^[a-z]+$/.test(next)) return false;
  for (let k = last.index + 2; k <= last.index + 5; k++) {
    const word = lowerTokenText(ctx, field, k);
    if (PLAYER_FEATS.has(word)) return true;
    if (word === '' || word === '.' || word === ',' || word === ';') return false;
  }
  return false;
}

/** "the Green Bay Packers": "the", capitalised words, the last a plural. */
function clubInPluralAt(ctx: Context, field: Field, index: number): boolean {
  if (lowerTokenText(ctx, field, index) !== 'the') return false;
  let k = index + 1;
  while (k < index + 5 && startsWithCapital(tokenText(ctx, field, k))) k++;
  const lastWord = tokenText(ctx, field, k - 1);
  return k > index + 1 && lastWord.length > 3 && lastWord.endsWith('s') && !lastWord.endsWith('ss');
}
