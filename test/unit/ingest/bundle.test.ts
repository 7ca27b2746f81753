import { describe, expect, it } from 'vitest';
import { bundleLambda, type LambdaBundle, largestParts, rawNonAscii } from '../lambda-bundle.js';

let built: Promise<LambdaBundle> | undefined;
/** Built once for both tests. */
const ingestBundle = () =>
  (built ??= bundleLambda(new URL('../../../functions/ingest/handler.ts', import.meta.url)));

/**
 * The ingest bundle as the NodeFunction construct builds it. The tagger's data and franc-min's trigram
 * profiles ship brotli-packed (functions/core/data/packed), never as raw JSON or object literals; HTML is
 * parsed with htmlparser2 (parse5 is not bundled); the SDK's event-stream codec and endpoint-discovery
 * cache are swapped for stand-ins; the ingest path parses with zod/mini, so classic zod stays out. The
 * ceiling guards against regressions: the 600 KB goal is not met (docs/deploy.md, "Bundle sizes",
 * says what the rest is).
 */
describe('ingest bundle', () => {
  it('ships the tagger data and trigram profiles packed, no parse5, leaves classic zod and unused SDK features out and stays under its ceiling', async () => {
    const bundle = await ingestBundle();
    console.log(`ingest bundle: ${(bundle.bytes / 1024).toFixed(1)} KiB minified; ${largestParts(bundle)}`);

    const paths = [...bundle.inputs.keys()];
    expect(
      paths.filter((path) =>
        /functions\/core\/data\/.*\.json$|franc(?:-min)?\/data\.js|\/franc\/index\.js|\/parse5\/|event-streams\/|mnemonist|zod\/v4\/classic|zod\/v4\/locales\/(?!en)/.test(
          path,
        ),
      ),
    ).toEqual([]);
    expect(paths.filter((path) => path.includes('functions/core/data/packed/')).length).toBeGreaterThan(0);
    // The ceiling guards against a dependency or a data table coming in by mistake (tens of KB at once); the
    // path check above already catches unpacked data. The tagger's rules grow it by ~15 KB a working session,
    // so it sits ~30 KB above main and the lead moves it once a session, never a helper for their own rules
    // (each raising it by a few KB made it a queue, and rules were cut to fit). History: git log -p of this
    // file. 1,330,000 on 2026-12-02 at 00:20: main stood at ~1,309,500 bytes. The 600 KB goal of issue #5 is
    // out of reach with the data inside (README, "Why the ingest bundle stays above 600 KB"). 1,345,000 on
    // 2026-12-02 at 03:10: main stood at ~1,320,600 bytes. 1,370,000 on 2026-12-02 at 12:00: main stood at
    // ~1,339,900 bytes (this session's rules ~+17 KB, the ASCII escapes of speed23 ~+1.7 KB). 1,395,000 on
    // 2026-12-02 at 14:50: main stood at ~1,364,000 bytes (rules ~+18 KB, the XML wire and feed readers ~+6 KB).
    // 1,420,000 on 2026-12-02 at 18:00: main stood at ~1,389,300 bytes (rules ~+23 KB, feeds kept ~+1.6 KB).
    // 1,440,000 on 2026-12-02 at 21:10: main stood at ~1,409,800 bytes (the top-level word lists of seven other
    // languages ~+11 KB, helpers' rules until then ~+9 KB); moved early so that helpers landing until 21:35 fit.
    // 1,455,000 on 2026-12-03 at 05:08: main stood at ~1,441,800 bytes (session 27's rules and other-language
    // readers ~+10 KB; room for the helpers' held work, ~5 KB). 1,480,000 on 2026-12-03 at 06:35: main stood at
    // ~1,448,300 bytes; moved at the start of the session so that no helper waits on it. 1,505,000 on
    // 2026-12-03 at 09:05: main stood at ~1,470,000 bytes (session 28's rules ~+21 KB); moved at the start.
    // 1,530,000 on 2026-12-03 at 11:41: main stood at ~1,497,500 bytes (session 29's rules ~+27 KB); at the start.
    // 1,560,000 on 2026-12-03 at 14:45: main stood at ~1,519,300 bytes (session 30's rules ~+21 KB); at the start.
    // 1,590,000 on 2026-12-03 at 17:35: main stood at ~1,536,000 bytes (session 31's rules ~+17 KB); at the start.
    // 1,620,000 on 2026-12-03 at 22:20: main stood at ~1,556,700 bytes (session 32's rules ~+20 KB); at the start.
    // 1,650,000 on 2026-12-04 at 12:25: main stood at ~1,599,400 bytes (sessions 33-34's rules ~+43 KB); at the start.
    // 1,680,000 on 2026-12-04 at 19:45: main stood at ~1,637,400 bytes (session 36's and 37's rules ~+38 KB);
    // moved before session 37's last landings. 1,720,000 on 2026-12-04 at 23:15: main stood at ~1,670,000 bytes
    // (session 38's rules, JSON Feed and link lists ~+25 KB); moved at the end, for the next session's start.
    // 1,760,000 on 2026-12-05 at 01:55: main stood at ~1,701,000 bytes (session 39's rules ~+31 KB); at the end.
    // 1,795,000 on 2026-12-05 at 10:50: main stood at ~1,762,100 bytes (sessions 41-42's rules ~+61 KB); at the end.
    // 1,825,000 on 2026-12-05 at 18:15: main stood at ~1,792,200 bytes (session 44's rules ~+17 KB); at the start.
    // 1,855,000 on 2026-12-05 at 20:35: main stood at ~1,821,500 bytes (session 45's rules and the stage functions
    // that classify.ts's and pairs.ts's largest functions were cut into, ~+29 KB together); at the end, for the next start.
    // 1,890,000 on 2026-12-05 at 23:05: main stood at ~1,854,500 bytes (session 46's rules ~+18 KB, the trigram
    // profiles and country names of twelve more languages ~+17 KB, stage functions reading reading.x ~+7 KB);
    // moved before the session's last fixes land. 1,915,000 on 2026-12-06 at 02:40: main stood at ~1,875,100 bytes
    // (session 47's rules ~+17 KB); at the end, for the next session's start. 1,940,000 on 2026-12-06 at 06:17: main
    // stood at ~1,897,700 bytes (session 48's rules ~+22 KB, 427 British towns ~+3 KB of them); for the next start.
    // 1,965,000 on 2026-12-06 at 09:20: main stood at ~1,924,700 bytes (session 49's rules ~+27 KB); for the next start.
    // 1,970,000 on 2026-12-06 at 12:03 (mendT50): main d75481ab already stood at ~1,967,550 bytes, over 1,965,000;
    // the read50 R9/R18/R19 guards add ~0.8 KB of patterns (1,968,369). A small bump; the lead sets the next.
    // 1,995,000 on 2026-12-06 at 12:10: main stood at ~1,970,000 bytes (session 50's rules ~+45 KB, world-leaders.ts's
    // ~300 rows and their gazetteer forms ~+12 KB of them); for the next session's start.
    // 2,025,000 on 2026-12-06 at 14:45: main stood at ~1,986,700 bytes (session 51's rules ~+17 KB); for the next start.
    // 2,040,000 on 2026-12-06 at 17:40: main stood at ~2,003,300 bytes (session 52's rules ~+17 KB); for the next start.
    // 2,060,000 on 2026-12-06 at 20:36: main stood at ~2,020,900 bytes (session 53's rules ~+18 KB, Kenya's counties
    // and islands ~+1 KB of them); for the next start.
    // 2,085,000 on 2026-12-06 at 23:48: main stood at ~2,042,800 bytes (session 54's rules ~+19 KB, the chunker's
    // growth steps as functions ~+2.5 KB); for the next start.
    // 2,105,000 on 2026-12-07 at 02:52: main stood at ~2,060,700 bytes (session 55's rules ~+18 KB: page layout,
    // Title Case headlines, place frames); for the next start.
    // 2,115,000 on 2026-12-07 at 05:50: main stood at ~2,072,500 bytes (session 56's rules ~+12 KB: bare datelines
    // placed by the lead, input layouts, firms as objects, clubs' short names); for the next start.
    // 2,150,000 on 2026-12-07 at 09:10: main stood at ~2,111,300 bytes (session 57's rules ~+39 KB: the common-words
    // list ~+24.5 KB, place and dateline data); for the next start.
    // 2,165,000 on 2026-12-07 at 11:55: main stood at ~2,122,900 bytes (session 58's rules ~+12 KB: region and state
    // namesakes, names of other languages, county bodies, dateline credits).
    // 2,180,000 on 2026-12-07 at 15:10: main stood at ~2,140,800 bytes (session 59's rules ~+18 KB: nationality
    // adjectives of four languages, genitives, city forces, home bodies and provinces, agencies, legends); for the next
    // start.
    // 2,205,000 on 2026-12-07 at 21:55: main stood at ~2,167,900 bytes (sessions 60 and 61's rules ~+27 KB: GeoNames'
    // first-level names for namesakes abroad, transit ports, origin labels, bracketed acronyms, topic cues); for the
    // next start.
    // 2,230,000 on 2026-12-08 at 01:15: main stood at ~2,191,200 bytes (session 62's rules ~+23 KB: towns of 20-50k
    // and up abroad, "<name> Province" divisions, person origins, entity cues, furniture words); for the next start.
    // 2,255,000 on 2026-12-08 at 04:30: main stood at ~2,213,600 bytes (session 63's rules ~+22 KB: towns of 20-50k
    // in seven more countries, short official city names, topic idioms and deadly-accident cues, office holders,
    // JSON arrays and WordPress posts); for the next start.
    expect(bundle.bytes).toBeLessThanOrEqual(2_255_000);
  }, 60_000);

  it('is ASCII text: no raw non-ASCII letter in a regex literal or String.raw pattern', async () => {
    const bundle = await ingestBundle();

    expect(rawNonAscii(bundle.code)).toEqual([]);
  }, 60_000);
});
