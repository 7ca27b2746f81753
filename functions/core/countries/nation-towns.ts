import { isInInlineDateline } from '../text/dateline.js';
import { type TagDocument, toldIn } from '../text/document.js';
import type { CountryMention } from './mentions.js';
import { plainKeyOf } from './normalize.js';

/**
 * Towns of a nation within a country that share their name with a city abroad of a million people or more, which the
 * name stands for alone: Perth (Scotland, 47,000; Western Australia, 1.9 million). The gazetteer keeps no namesake
 * beside a city that big ("Paris" alone is France's whatever the story, compile.ts), so "Flooding closed roads between
 * Perth and Dundee, the Scottish Environment Protection Agency said" put Australia in focus with AU-GB .85 (wild44
 * ★8). The town is its nation's where the story names the nation's places or bodies and never names the big city's
 * country or its places otherwise. A nationality is no place: "a Scottish investor bought bullion from the Perth
 * Mint", "Scottish tourists in Perth", "Scotland's cricketers arrived in Perth" stay Australian (read44).
 */
interface NationTown {
  /** The country the town is in. */
  readonly code: string;
  /** The nation's places and bodies, as a story about the town names them. */
  readonly nation: RegExp;
  /** The big city's own places, bodies and teams: the story is about it. */
  readonly bigCity: RegExp;
}

/**
 * Scotland's places and bodies near Perth: not Stirling or Kinross alone, which are also Perth's suburbs and streets
 * in Western Australia ("Stirling Highway", read44).
 */
const SCOTLAND =
  /\b(?:Police Scotland|Scottish (?:Government|Parliament|Environment Protection Agency|Water|Ambulance Service|Fire and Rescue Service)|Holyrood|Edinburgh|Glasgow|Dundee|Aberdeen|Inverness|Perthshire|Tayside|Perth and Kinross|Pitlochry|Crieff|River Tay|A9|A90|M90|Perth,\s+Scotland|in Scotland)\b/;
/** Perth, Western Australia: the state, its police and bodies, its suburbs, teams and money. */
const PERTH_WA =
  /\b(?:WA|W\.A\.|Western Australia\w*|Bureau of Meteorology|Perth Mint|Perth Scorchers|Perth Glory|Perth Wildcats|West Coast Eagles|Fremantle|Rottnest|Joondalup|Mandurah|Kalgoorlie|Optus Stadium|WACA|Swan River)\b|A\$/;

const NATION_TOWNS: ReadonlyMap<string, NationTown> = new Map([
  ['perth', { code: 'GB', nation: SCOTLAND, bigCity: PERTH_WA }],
]);

/** The mentions with each such town read as its nation's where the story places it there. */
export function withNationTowns(
  doc: TagDocument,
  mentions: readonly CountryMention[],
): readonly CountryMention[] {
  let out: CountryMention[] | undefined;
  // Per town, once a story: whether it is the nation's.
  const decided = new Map<string, boolean>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.kind !== 'city') continue;
    const key = plainKeyOf(m.text);
    const town = NATION_TOWNS.get(key);
    if (!town || m.code === town.code || isInInlineDateline(doc.dateline, m.field, m.start)) continue;
    let placed = decided.get(key);
    if (placed === undefined) {
      // "Bushfires east of Perth, Western Australia's fire service said": the big city's country named otherwise.
      placed =
        toldIn(doc, town.nation) &&
        !toldIn(doc, town.bigCity) &&
        !mentions.some((o) => o.code === m.code && plainKeyOf(o.text) !== key);
      decided.set(key, placed);
    }
    if (!placed) continue;
    out ??= [...mentions];
    out[i] = { ...m, code: town.code };
  }
  return out ?? mentions;
}
