/**
 * One Arabic given name or article that the press romanises several ways, by the one spelling a name is matched
 * under: Reuters' "Mohammed bin Salman" is Arab News' "Muhammad bin Salman" and WAM's "Mohamed"; "Ahmed al-Sharaa" is
 * "Ahmad Al-Sharaa" in the Gulf press; Egypt's press writes "el-" where the wires write "al-". Keyed by the lower-case
 * word (a form key's, nameFormKey: hyphens are spaces).
 */
const ONE_SPELLING = new Map<string, string>([
  ['mohammad', 'mohammed'],
  ['muhammad', 'mohammed'],
  ['mohamed', 'mohammed'],
  ['mohamad', 'mohammed'],
  ['muhammed', 'mohammed'],
  ['ahmad', 'ahmed'],
  ['mahmud', 'mahmoud'],
  ['hussain', 'hussein'],
  ['husain', 'hussein'],
  ['abdul', 'abdel'],
  ['el', 'al'],
]);

/** A word of ONE_SPELLING: the cheap test before a key is rebuilt. */
const SPELT_SEVERAL_WAYS = /\b(?:moh|muh|ahmad|mahmud|hus|abdul|el)/;

/**
 * A name's form key (lower case, words between spaces) with each romanised given name and article in its one
 * spelling ("muhammad bin salman" → "mohammed bin salman", "ahmad al sharaa" → "ahmed al sharaa"); the key itself
 * when it holds none. "El" opening the name is left ("El Salvador" is no article's).
 */
export function oneRomanisation(key: string): string {
  if (!SPELT_SEVERAL_WAYS.test(key)) return key;
  const words = key.split(' ');
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const one = ONE_SPELLING.get(words[i]!);
    if (one === undefined || (i === 0 && words[i] === 'el')) continue;
    words[i] = one;
    changed = true;
  }
  return changed ? words.join(' ') : key;
}
