import type { Country, Mention } from '../schema.js';

/**
 * Between two items of a list: a comma, "and", "or" or "&", nothing else ("Germany, France and Italy"); or a list
 * going on after "but also", "and also" or "as well as", the preposition said again at most ("many of them in South
 * Africa and Lesotho, but also in Britain, the United States and Australia").
 */
const LIST_GAP =
  /^\s*(?:,|,?\s*(?:and|or|&)|,?\s*(?:(?:but|and) also|as well as)(?:\s+(?:in|from|to|for|by|with|at|on))?)\s*(?:the\s+)?$/;
/**
 * Words that make the members of a list parties to one another: "talks between Iran, Russia and China". Not "among"
 * that ranks ("such as Germany, Italy and Switzerland, are among the largest exporters", "among them", "among
 * countries that …"), nor "together with", which adds one more ("by reporters in Nepal, Bangladesh, India, Qatar,
 * Saudi Arabia and Malaysia, together with interviews").
 */
const MUTUAL =
  /\b(?:between|among(?:st)?\b(?!\s+(?:them\b|others\b|(?:the\s+)?(?:world['\u2019]s|\w+est\b|most\b|top\b|few\b|first\b|leading\b|main\b|major\b|countries\b|nations\b|economies\b)))|joint|jointly|trilateral|together\b(?!\s+with\b)|each other|one another)\b/i;
/** A list of this many countries sets them side by side; two are a pair ("Canada and the United States"). */
const MIN_LIST = 3;

const mentionKey = (m: Mention) => `${m.field}:${m.start}`;

/**
 * Lists of three or more countries ("Germany, France and Italy agreed to back new sanctions on Russia";
 * "members including Saudi Arabia, Russia, Iraq, …, Algeria and Oman will raise output"): the list
 * says its members act alike, not on each other. Maps each listed mention ("body:120") to its list;
 * undefined when the story has none (most stories).
 */
export function listsOf(
  texts: { readonly title: string; readonly body: string },
  countries: readonly Country[],
): ReadonlyMap<string, number> | undefined {
  if (countries.length < MIN_LIST) return undefined;
  let lists: Map<string, number> | undefined;
  let next = 0;
  for (const field of ['title', 'body'] as const) {
    const mentions: [Mention, string][] = [];
    for (const c of countries) for (const m of c.mentions) if (m.field === field) mentions.push([m, c.code]);
    if (mentions.length < MIN_LIST) continue;
    mentions.sort((x, y) => x[0].start - y[0].start);
    const text = texts[field];
    let run: [Mention, string][] = [];
    const close = () => {
      if (new Set(run.map(([, code]) => code)).size >= MIN_LIST) {
        lists ??= new Map();
        for (const [m] of run) lists.set(mentionKey(m), next);
        next++;
      }
    };
    for (const item of mentions) {
      const prev = run[run.length - 1]?.[0];
      if (prev && item[0].start > prev.end && LIST_GAP.test(text.slice(prev.end, item[0].start))) {
        run.push(item);
        continue;
      }
      close();
      run = [item];
    }
    close();
  }
  return lists;
}

/** A country's mentions in one sentence lie in more than one list, or not all in a list. */
const NOT_ONE_LIST = -1;

/**
 * For one story: whether one sentence (key `k`) names two countries only as members of one list in it, with no
 * word that makes the members parties to one another. `sentenceOf` gives a mention's sentence key; `sentenceText`
 * a key's text. Each country's mentions are read once, into the list each sentence holds them in, and each
 * sentence's text once: a round-up page naming the same five countries on every line asked every pair of them
 * about every line, reading all their mentions each time (read53 R9: 1.85 s at 100 KB, 14.9 s at 400 KB).
 */
export function listMatesBySentence<K>(
  lists: ReadonlyMap<string, number>,
  sentenceOf: (m: Mention) => K,
  sentenceText: (k: K) => string,
): (a: Country, b: Country, k: K) => boolean {
  // By country code: each sentence naming the country → the list all its mentions there are in, or NOT_ONE_LIST.
  const listsByCountry = new Map<string, Map<K, number>>();
  const listsIn = (c: Country): ReadonlyMap<K, number> => {
    let bySentence = listsByCountry.get(c.code);
    if (bySentence === undefined) {
      bySentence = new Map();
      for (const m of c.mentions) {
        const k = sentenceOf(m);
        const list = lists.get(mentionKey(m)) ?? NOT_ONE_LIST;
        const before = bySentence.get(k);
        bySentence.set(k, before === undefined || before === list ? list : NOT_ONE_LIST);
      }
      listsByCountry.set(c.code, bySentence);
    }
    return bySentence;
  };
  const mutual = new Map<K, boolean>();
  return (a, b, k) => {
    const list = listsIn(a).get(k);
    if (list === undefined || list === NOT_ONE_LIST || listsIn(b).get(k) !== list) return false;
    let parties = mutual.get(k);
    if (parties === undefined) {
      parties = MUTUAL.test(sentenceText(k));
      mutual.set(k, parties);
    }
    return !parties;
  };
}

/**
 * Whether every mention of the country is one item of a list ("The group, which also includes Iraq, the United
 * Arab Emirates, Kuwait, …"): the story names it only as one more member, beside the others.
 */
export function namedOnlyInLists(lists: ReadonlyMap<string, number>, c: Country): boolean {
  return c.mentions.length > 0 && c.mentions.every((m) => lists.has(mentionKey(m)));
}
