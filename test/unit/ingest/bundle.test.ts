import { describe, expect, it } from 'vitest';
import { bundleLambda, largestParts } from '../lambda-bundle.js';

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
    const bundle = await bundleLambda(new URL('../../../functions/ingest/handler.ts', import.meta.url));
    console.log(`ingest bundle: ${(bundle.bytes / 1024).toFixed(1)} KiB minified; ${largestParts(bundle)}`);

    const paths = [...bundle.inputs.keys()];
    expect(
      paths.filter((path) =>
        /functions\/core\/data\/.*\.json$|franc-min\/data\.js|\/parse5\/|event-streams\/|mnemonist|zod\/v4\/classic|zod\/v4\/locales\/(?!en)/.test(
          path,
        ),
      ),
    ).toEqual([]);
    expect(paths.filter((path) => path.includes('functions/core/data/packed/')).length).toBeGreaterThan(0);
    // 1,026 KiB on 2026-11-30 (regions, movements, that day's entity and topic rules); 1,055 KiB at 14:15
    // with today's firm names and more given names, 1,084.7 KiB at 20:15 with the evening's entity, topic,
    // speed and country rules: headroom for rules, not for unpacked data, which the path check above
    // catches. 1,104.0 KiB on 2026-12-01 at 02:30 with the gazetteer's spellings of today's cities and
    // round 12's entity rules (results-list codes, quoted titles, prizes, UK bodies).
    // 1,170.8 KiB at 06:00 with country names in Arabic, Persian, Russian, Ukrainian, Hindi, Chinese, Japanese
    // and Korean (+21 KB packed; main stood 0.4 KB under the previous 1,150,000).
    // 1,148.5 KiB at 07:55 with the pairs' market-wrap rule (main stood about 0.6 KB under 1,175,000; rule
    // code, no data path).
    // +3.3 KB at 08:10 with cities by their names in seven other languages (München, Varsovia, Den Haag:
    // +1.5 KB packed) and the foreign dateline and entity rules.
    // 1,190,334 bytes at 08:30 with ~130 more listed politicians as their countries' voices (newsmakers.ts
    // rows and their gazetteer phrases; main stood under 1,190,000).
    // +24 KB at 08:25 with country names in 20 more languages the detector reports (Indonesian, Malay,
    // Swahili, Turkish, Vietnamese, Romanian, Swedish, Czech, Hungarian, Croatian, Bosnian, Azerbaijani,
    // Uzbek, Hausa, Somali; Urdu, Bengali, Thai, Greek, Tamil): +24 KB packed, sovereign states only, names
    // spelled as in English left to the English table.
    // +2.8 KB at 08:40 with 100 capitals' names in eight of those languages.
    // +4.4 KiB at 11:30 with duplicates across keys (fingerprint, claims, hand-over and promotion: code
    // only; main stood at 1,199.9 KiB, 1.3 KB under 1,230,000).
    // +1.6 KB at 12:05 with the lead's input, front-matter and line-break rules (both raised the ceiling to
    // 1,240,000 the same half hour).
    // 1,240,076 bytes at 12:10 with the lead's speaker-label and role rules: 1,250,000, the room left for
    // this session's last rules (issue #5's 600 KB goal is out of reach with the data inside: README).
    // 1,255,000 at 14:30 on 2026-12-01: main stood at 1,249,214 bytes (786 under) and topics16's nine topic
    // commits add 1,935 bytes (leaders' meetings +0.7 KiB of rule code, lexicon phrases and senses the rest).
    // 1,260,000 at 14:45: geo16's country rules (currencies that name their country, treaty names, two-list
    // surveys, seven central banks) add 4.4 KiB.
    // 1,265,000 at 16:40: main stood at 1,259,315 bytes (685 under) and topics17's rules (the medium's senses,
    // armed seizures of ships, lightning strikes, everyday kinds) add 1.5 KiB.
    // 1,290,000 at 17:25 (the lead): main stood at 1,264,947 bytes; four helpers each raising the ceiling by the
    // few KB of their own rules made the guard a queue. It guards against a dependency or a data table coming
    // in by mistake (tens of KB at once), so it sits ~25 KB above main; the 600 KB goal of issue #5 is out of
    // reach with the data inside (README, "Why the ingest bundle stays above 600 KB").
    expect(bundle.bytes).toBeLessThanOrEqual(1_290_000);
  }, 60_000);
});
