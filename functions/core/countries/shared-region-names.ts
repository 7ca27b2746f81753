/**
 * Names of a region that several countries hold, by the key the phrase trie reads, with the countries other than the
 * one the gazetteer gives the name: Punjab is India's state and Pakistan's province, Macedonia a country and a region
 * of Greece, Luxembourg a country and a Belgian province. After a town and a comma such a name is the town's region
 * ("Lahore, Punjab", "Thessaloniki, Macedonia"), so the town, not the name, says whose (wild55: India, North Macedonia).
 */
const OTHER_HOLDERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['punjab', ['PK']],
  ['kashmir', ['PK']],
  ['bengal', ['BD']],
  ['balochistan', ['IR', 'AF']],
  ['baluchistan', ['IR', 'AF']],
  ['macedonia', ['GR', 'BG']],
  ['luxembourg', ['BE']],
  ['azerbaijan', ['IR']],
  ['galicia', ['PL', 'UA']],
  ['flanders', ['FR']],
]);

/** Whether `code`'s country holds a region named `key` that the gazetteer gives another country (see OTHER_HOLDERS). */
export function regionNameHeldBy(key: string, code: string): boolean {
  return OTHER_HOLDERS.get(key)?.includes(code) === true;
}
