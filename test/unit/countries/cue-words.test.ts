import { describe, expect, it } from 'vitest';
import { CUE_WORD, RELATION_CUE } from '../../../functions/core/countries/cues.js';

// cues.ts reads CUE_WORD and RELATION_CUE word by word (session 50, cold50: V8 compiled their long patterns on the
// first article). These are the patterns they replaced, as written before: each answer must be the pattern's.
const FIRE_EXCHANGE =
  '(?:exchang(?:e|es|ed|ing)|trad(?:e|es|ed|ing))\\s+(?:of\\s+)?(?:heavy\\s+|cross-border\\s+)?(?:(?:gun|artillery|mortar|rocket|tank|small[- ]arms)\\s*)?fire|exchanges?\\s+of\\s+(?:heavy\\s+)?(?:(?:gun|artillery|mortar|rocket|tank)\\s*)?fire|skirmish(?:es|ed)?';
const CUE_WORDS_PATTERN = new RegExp(
  `\\b(?:${FIRE_EXCHANGE}|` +
    'talks?|trade|trading|tariffs?|deals?|agree(?:d|ment|s)?|accord|pact|treaty|truce|ceasefire|cease-fire|accus(?:e|es|ed|ing|ation|ations)|arming|sanctions?|relations?|ties|exports?|exported|imports?|imported|shipments?|sold|sell|sells|buy|buys|bought|visit(?:s|ed)?|met|meet(?:s|ing)?|summit|compared|dispute|war|invad\\w*|attack\\w*|border|bilateral|joint|allies|ally|envoy|embassy|ambassador|negotiat\\w*|loans?|debt|aid|bailouts?|swap lines?|credit lines?|tensions?|rivals?|partners?|surplus|deficit|(?:air)?strikes?|struck|shot down|downed|shell(?:s|ed|ing)|bomb(?:s|ed|ing|ings|ers?)?|drones?|missiles?|troops|military (?:action|intervention|operations?)|arms|weapons|suppl(?:ier|iers|ied|ies|y)|-made' +
    `)\\b`,
  'i',
);
const RELATION_PATTERN = new RegExp(
  `\\b(?:talks|deal|agree(?:d|ment|s)?|accord|pact|treaty|sanctions|relations|ties|summit|dispute|war|border|bilateral|tensions?|ceasefire|truce|peace|conflict|clash(?:es|ed)?|fighting|rivalry|alliance|normali[sz]\\w*|${FIRE_EXCHANGE})\\b`,
  'i',
);

/** The letter runs of a pattern's source: every word it spells, whole or in part. */
const runsOf = (source: string) => [...new Set(source.replace(/\\[swb]/g, ' ').match(/[a-z]+/g) ?? [])];
const ENDINGS = [
  '',
  's',
  'es',
  'ed',
  'd',
  'ing',
  'er',
  'ers',
  'ment',
  'ments',
  'ation',
  'ations',
  'y',
  'ies',
  'ied',
];
const BEFORE = [' ', '-', "'", '_', '1', 'a', '\u00e9', '\u212a', '.', '\n'];
const AFTER = [' ', '-', '_', '1', 'a', '\u212a'];

function samples(source: string): string[] {
  const runs = runsOf(source);
  const out: string[] = [];
  for (const run of runs)
    for (const ending of ENDINGS) {
      const word = run + ending;
      for (const form of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)])
        for (const before of BEFORE) for (const after of AFTER) out.push(`x${before}${form}${after}y`);
    }
  return out;
}

/** Invented sentences of random words from the pattern's runs and between them. */
function sentences(source: string, count: number): string[] {
  const runs = [
    ...runsOf(source),
    'the',
    'of',
    'heavy',
    'fire',
    'gunfire',
    'small arms',
    'lines',
    'line',
    'down',
    'Chinese',
  ];
  const glue = [' ', '  ', '-', ' of ', ', ', '\n', ' the ', 's ', 'ed ', 'ing '];
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    for (let w = 0, n = 1 + next(6); w < n; w++) text += runs[next(runs.length)]! + glue[next(glue.length)]!;
    out.push(next(4) === 0 ? text.toUpperCase() : text);
  }
  return out;
}

describe('cue words read word by word as their patterns read them', () => {
  it.each([
    ['CUE_WORD', CUE_WORD, CUE_WORDS_PATTERN],
    ['RELATION_CUE', RELATION_CUE, RELATION_PATTERN],
  ] as const)(
    '%s answers as its pattern on every word of it, its endings and its neighbours',
    (_name, cue, pattern) => {
      // Arrange
      const texts = [...samples(pattern.source), ...sentences(pattern.source, 20_000)];

      // Act
      const differing = texts.filter((text) => cue.test(text) !== pattern.test(text));

      // Assert
      expect(differing.slice(0, 10)).toEqual([]);
    },
  );

  it('finds a cue of one word, of a stem and of a phrase, and none in a sentence of neither', () => {
    // Act + Assert
    expect(CUE_WORD.test('Japan signed a trade pact with Korea')).toBe(true);
    expect(CUE_WORD.test('after Russia invaded Ukraine')).toBe(true);
    expect(CUE_WORD.test('India and Pakistan exchanged heavy artillery fire')).toBe(true);
    expect(CUE_WORD.test('a fleet of Chinese-made jets')).toBe(true);
    expect(CUE_WORD.test('a fleet of Chinese made jets')).toBe(false);
    expect(RELATION_CUE.test('Ties between Seoul and Tokyo normalised')).toBe(true);
    expect(RELATION_CUE.test('Rain fell in Seoul and Tokyo')).toBe(false);
  });
});
