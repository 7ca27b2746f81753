import { isInInlineDateline } from '../text/dateline.js';
import type { TagDocument } from '../text/document.js';
import type { CountryMention } from './mentions.js';
import { plainKeyOf } from './normalize.js';

/**
 * Towns of a nation within a country that share their name with a city abroad of a million people or more, which the
 * name stands for alone: Perth (Scotland, 47,000; Western Australia, 1.9 million). The gazetteer keeps no namesake
 * beside a city that big ("Paris" alone is France's whatever the story, compile.ts), so "Flooding closed roads between
 * Perth and Dundee, the Scottish Environment Protection Agency said" put Australia in focus with AU-GB .85 (wild44
 * ★8). The town is its nation's where the story names that nation or its places (a nation's name is no mention of the
 * country's: "England's cricketers landed in Perth" stays Australian, as the Ashes do) and never names the big
 * city's country otherwise.
 */
interface NationTown {
  /** The country the town is in. */
  readonly code: string;
  /** The nation and its places and bodies, as a story about the town names them. */
  readonly nation: RegExp;
}

const SCOTLAND =
  /\b(?:Scotland|Scottish|Scots|Holyrood|Edinburgh|Glasgow|Dundee|Aberdeen|Inverness|Stirling|Fife|Tayside|Perthshire|Kinross|Highlands|Pitlochry|Crieff|Tay|Loch \w+)\b/;

const NATION_TOWNS: ReadonlyMap<string, NationTown> = new Map([['perth', { code: 'GB', nation: SCOTLAND }]]);

/** The mentions with each such town read as its nation's where the story places it there. */
export function withNationTowns(
  doc: TagDocument,
  mentions: readonly CountryMention[],
): readonly CountryMention[] {
  let out: CountryMention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'city') continue;
    const town = NATION_TOWNS.get(plainKeyOf(m.text));
    if (!town || m.code === town.code || isInInlineDateline(doc.dateline, m.field, m.start)) continue;
    if (!town.nation.test(doc.title.text) && !town.nation.test(doc.body.text)) continue;
    // "Bushfires east of Perth, Western Australia's fire service said": the big city's country named otherwise.
    if (mentions.some((o) => o.code === m.code && plainKeyOf(o.text) !== plainKeyOf(m.text))) continue;
    out ??= [...mentions];
    out[i] = { ...m, code: town.code };
  }
  return out ?? mentions;
}
