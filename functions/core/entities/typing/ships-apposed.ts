import { lowerCased } from '../../text/chars.js';
import { shipApposedAt } from '../vessels.js';
import { type Context, fieldsOf, lowerTokenText, startsWithCapital, tokenText } from './context.js';

const memo = new WeakMap<Context, ReadonlySet<string>>();
const FIELDS = ['title', 'body'] as const;
const SHIP_NUMBER = /^[1-9]\d?$/;

/**
 * The names an apposition of the article calls a ship, as written without "The": "The Ever Given, a container
 * ship, ran aground … the Ever Given had not moved" gives "Ever Given", so that every mention of the name is the
 * ship (mendE44). Read once per article.
 */
export function shipsApposed(ctx: Context): ReadonlySet<string> {
  const known = memo.get(ctx);
  if (known) return known;
  const names = new Set<string>();
  for (const field of FIELDS) {
    const tokens = fieldsOf(ctx, field).field.tokens;
    const lower = (k: number) => lowerTokenText(ctx, field, k);
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i]!.text !== ',' || !shipApposedAt(lower, i)) continue;
      // Back over the name's capitalised words (four at most) to the comma, and over a ship's number before
      // it ("The Queen Mary 2, the world's largest ocean liner,").
      const numbered = i > 1 && SHIP_NUMBER.test(tokenText(ctx, field, i - 1)) ? i - 1 : i;
      let first = numbered;
      while (first > 0 && numbered - first < 4 && startsWithCapital(tokenText(ctx, field, first - 1)))
        first--;
      if (first === numbered) first = i;
      if (first < i && lowerCased(tokenText(ctx, field, first)) === 'the') first++;
      const words: string[] = [];
      for (let k = first; k < i; k++) words.push(tokenText(ctx, field, k));
      if (words.length > 0) names.add(words.join(' '));
    }
  }
  memo.set(ctx, names);
  return names;
}
