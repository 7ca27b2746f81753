import fc from 'fast-check';
import type { ArticleInput } from '../../functions/core/schema.js';

/** Words and marks that exercise the recognisers' hard cases: codes vs pronouns, ambiguous names, case. */
const NEWS_TOKENS = [
  'U.S.',
  'US',
  'us',
  'UK',
  'U.K.',
  'U.S.-China',
  "China's",
  'China',
  'Chinese',
  'American',
  'Washington',
  'Beijing',
  'the Kremlin',
  'Downing Street',
  'Georgia',
  'Jordan',
  'Turkey',
  'turkey',
  'Chad',
  'Niger',
  'Guinea',
  'X',
  'Han Zheng',
  'Han',
  'Xi Jinping',
  'J.D. Vance',
  'Mr. Vance',
  'Donald Trump',
  'Trump',
  'the Foreign Ministry',
  'Chinese Foreign Ministry',
  'State Department',
  'TikTok',
  'Google',
  'Reuters',
  'Federal Reserve',
  'President',
  'said',
  'met',
  'the',
  'and',
  'with',
  'in',
  'on',
  'tariffs',
  'trade',
  'fentanyl',
  'election',
  'match',
  'TAIPEI, Taiwan —',
  'WASHINGTON (Reuters) -',
  'LONDON, March 3 -',
  '.',
  ',',
  '"',
  '“',
  '”',
  '’s',
  '—',
  '-',
  '(',
  ')',
  '\n',
  '\n\n',
  '  ',
  '2024',
  '3.5',
  '%',
  'é',
  '😀',
  '中国',
  // Soft hyphen, zero-width space, word joiner: read around and mapped back (text/invisibles.ts).
  '\u00ad',
  'Mo\u00addi',
  'To\u200bkyo',
  '\u2060',
] as const;

const joiner = fc.constantFrom(' ', ' ', ' ', '', '\n', '\u00ad', '\u200b');

/** Text that looks like news often enough to reach every recogniser, and breaks it in odd places. */
export const newsLikeText = fc
  .array(fc.tuple(fc.constantFrom(...NEWS_TOKENS), joiner, fc.boolean()), { maxLength: 80 })
  .map((parts) => parts.map(([token, sep, upper]) => (upper ? token.toUpperCase() : token) + sep).join(''));

/** Any string: full Unicode including astral symbols, and short runs of the punctuation datelines use. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({
    unit: fc.constantFrom(
      'U',
      'S',
      '.',
      ' ',
      '\n',
      '—',
      'A',
      'a',
      '’',
      "'",
      '-',
      'X',
      '\u00a0',
      '\u00ad',
      '\u200b',
      '\ufeff',
    ),
    maxLength: 60,
  }),
);

export function articleOf(text: fc.Arbitrary<string>): fc.Arbitrary<ArticleInput> {
  return fc.record(
    {
      id: fc.constant('property'),
      title: text,
      body: text,
      dateline: fc.constantFrom('WASHINGTON', 'TBILISI, Georgia', 'AMMAN'),
    },
    { requiredKeys: ['body'] },
  );
}
