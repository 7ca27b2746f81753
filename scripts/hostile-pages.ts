import countries from '../functions/core/data/countries.json' with { type: 'json' };
import { finishArticle } from '../functions/core/input/fields.js';
import { parseArticle } from '../functions/core/input/index.js';
import { readXmlArticles } from '../functions/core/input/xml-articles.js';
import type { ArticleInput } from '../functions/core/schema.js';

/** Every country's name, for pages of many distinct pairs. */
const COUNTRY_NAMES = countries.map((country) => country.name);

/** The five countries the round-up page names on every line, before one more. */
const ROUND_UP = ['Brazil', 'Colombia', 'Mexico', 'Indonesia', 'Argentina'];

/** Invented words with distinct initials, for names of many distinct bodies. */
const NAME_PARTS =
  'Borvan Calder Dunmore Elvast Fennick Gorvale Hartel Istvar Jorlund Kelvane Lorrick Morvane Norvik Pellin'.split(
    ' ',
  );

/** Given names for pages of many distinct people. */
const GIVEN_NAMES = 'John Maria Ahmed Peter Anna Carlos Fatima Li'.split(' ');

/** The `n`th distinct invented word made of NAME_PARTS ("Borvan", "Calderborvan", …): one a number, in base 14. */
function inventedWord(n: number): string {
  let word = '';
  let rest = n;
  do {
    word += NAME_PARTS[rest % NAME_PARTS.length]!.toLowerCase();
    rest = Math.floor(rest / NAME_PARTS.length);
  } while (rest > 0);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Lines `line(0)`, `line(1)` … to `bytes` characters: a page whose names are all distinct, however long. */
function distinctLines(bytes: number, line: (n: number) => string): string {
  const lines: string[] = [];
  let length = 0;
  for (let n = 0; length < bytes; n++) {
    const next = line(n);
    lines.push(next);
    length += next.length;
  }
  return lines.join('').slice(0, bytes);
}

/** Headlines in capitals whose label before "REVIEW" is long and fails title case only at its end. */
const REVIEW_HEADLINES = [
  'THE LONG ROAD HOME OF THE NORTHERN LIGHTS AND SEAS (2026) REVIEW: A SLOW BURN',
  'BORVAN CALDER AND THE DUNMORE ELVAST FENNICK GORVALE 2/3 REVIEW: LOST AT SEA',
  'HARTEL ISTVAR JORLUND KELVANE LORRICK MORVANE NORVIK... REVIEW: THE FINAL CUT',
];

/**
 * Pages no newsroom writes but an ingest bucket receives (a scraped table, a list with no full stops, one long
 * hyphenated run): each repeats a few words to `bytes` characters. A rule that reads the whole page, or backtracks
 * to its end, at every name in it is quadratic on them: before 2026-12-04 "U.S.-China-Japan-…" took minutes a
 * megabyte, a list of "… Paris Acme …" 85 s and 200 KB of Chinese naming Beijing 10,000 times 12 s. `npm run bench` times each; test/unit/tagger/hostile-pages.test.ts
 * tags them small.
 */
export function hostilePages(bytes: number): ArticleInput[] {
  const repeat = (unit: string) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
  const cycle = (units: readonly string[]) => repeat(units.join(''));
  const pages: Record<string, string> = {
    'names without full stops': repeat('John Smith Paris Acme Corp '),
    'countries in one sentence': repeat('China and Japan said France '),
    'hyphenated countries': repeat('U.S.-China-Japan-'),
    abbreviations: repeat('U.S. '),
    'one word a line': repeat('Word\n'),
    quotes: repeat('"He said" '),
    capitals: repeat('THE UNITED STATES AND CHINA AGREED '),
    'title case': repeat('The Minister Of Foreign Affairs Of The Republic '),
    parentheses: repeat('(Reuters) ('),
    'one long word': repeat('a'),
    'titled names in one line': repeat('Mr. Smith met Mr. Jones and Ms. Brown. '),
    'country pairs in one line': repeat('China and Japan signed a deal. '),
    // "中国和美国的贸易谈判在北京举行。": a city named thousands of times in a language read by local names.
    'Chinese text': repeat(
      '\u4e2d\u56fd\u548c\u7f8e\u56fd\u7684\u8d38\u6613\u8c08\u5224\u5728\u5317\u4eac\u4e3e\u884c\u3002',
    ),
    // Found by hostile35: a long page of each, 200 KB vs 50 KB, grew 7-30x the time.
    // "President of Poland Andrzej Duda met the German chancellor in Warsaw.": declined names and countries.
    'Polish text': repeat(
      'Prezydent Polski Andrzej Duda spotka\u0142 si\u0119 w Warszawie z kanclerzem Niemiec. ',
    ),
    'Polish list of countries': repeat('Polska, Niemcy, Francja, W\u0142ochy, '),
    'unknown names in one list': repeat('Zorbex, Quintal and '),
    'brand places in one list': repeat('Amazon, Nile and '),
    'match results in one line': repeat('Germany beat France 2-1 '),
    'fixtures in one sentence': repeat('Germany vs France, '),
    'hyphenated pairs in one sentence': repeat('India-Pakistan talks, '),
    // "Prime Minister Mark Rutte of the Netherlands spoke with the German chancellor in The Hague on Monday."
    'Dutch text': repeat(
      'Premier Mark Rutte van Nederland sprak maandag in Den Haag met de Duitse bondskanselier. ',
    ),
    // Found by hostile36: pages of many distinct things, not one unit. Every pair of two dozen countries in one
    // sentence of results: each pair of them read the whole sentence again (50 KB ~60 s).
    'results of many countries in one sentence': cycle(
      COUNTRY_NAMES.flatMap((a, i) =>
        COUNTRY_NAMES.map(
          (_, j) => `${a} beat ${COUNTRY_NAMES[(i + 7 * j + 1) % COUNTRY_NAMES.length]} ${j % 5}-${i % 4}, `,
        ),
      ),
    ),
    // A scrape of lists of links between paragraphs: each list blanked copied the whole page (session 38's first
    // link-lists.ts: 2 MB of them 127 s).
    'lists of related links': repeat('The council met on Monday.\nRelated stories\nMayor resigns\n'),
    // Thousands of distinct bodies and acronyms: each acronym was compared with every body.
    'acronyms of many bodies': cycle(
      NAME_PARTS.flatMap((a) =>
        NAME_PARTS.flatMap((b) =>
          NAME_PARTS.map(
            (c) =>
              `the ${a} ${b} ${c} Agency (${a[0]}${b[0]}${c[0]}A) said the ${b[0]}${c[0]}${a[0]}Q would act. `,
          ),
        ),
      ),
    ),
    // Found by speed40: every country in one sentence, each pair read the whole sentence again (pairs.ts; 200 KB
    // 7.4 s, 1 MB ~40 s) and each country named like a person was looked for in an array of them.
    'every country in one sentence': cycle(COUNTRY_NAMES.map((name) => `${name}, `)),
    // Found by speed40: initials with no space and capitalised words hyphenated: the American firm cue tried at each
    // capital read to the end of the run (last-resort.ts; 200 KB of initials 39 s, of hyphenated names 6 s).
    'initials without spaces': repeat('A.B.C.D.E.F.G.H.'),
    'hyphenated names': cycle(NAME_PARTS.map((part) => `${part}-`)),
    // A scrape of a reviews index: one all-capitals "… REVIEW:" headline a line.
    'review headlines in capitals': cycle(REVIEW_HEADLINES.map((headline) => `${headline}\n`)),
    // Found by read52 (R16): each character of a run of zero-width ones looked along the whole run (text/invisibles.ts;
    // 80,000 of them 170 s), and soft hyphens in every word.
    'zero-width runs': repeat(`Talks in Paris ${'\u200b'.repeat(4000)} ended. `),
    'soft hyphens in every word': repeat('Mo\u00addi met Ishi\u00adba in To\u00adkyo. '),
    // Found by ents52/the lead (session 52): thousands of firms no list knows, each with its result; each asked the
    // whole story whether it ends a full name (person-cues.ts endsFullName, now read once per article).
    'results of many unknown firms': cycle(
      NAME_PARTS.flatMap((a) =>
        NAME_PARTS.map((b) => `${a}${b.toLowerCase()} first-half profit rises 12 pct .\n`),
      ),
    ),
    // Found by read52 (note A) and speed53: tens of thousands of distinct firms and people, a name a line; each name
    // was compared with every firm or person named before it (merge.ts's short forms, blends and full names:
    // 1.6 MB of firms' results 15 s, of people 12 s).
    'results of many distinct firms': distinctLines(bytes, (n) =>
      n % 2 === 0
        ? `${inventedWord(n)} Corp said first-half profit rose 5 pct .\n`
        : `${inventedWord(n)} said first-half profit rose 5 pct .\n`,
    ),
    // Found by read53 (R6): thousands of distinct cups, each a name of two words of unclear kind after another
    // name; each one-word name was compared with every such pair (merge.ts; 400 KB 26-31 s).
    'cups of many distinct names': distinctLines(
      bytes,
      (n) => `${inventedWord(n)} , ${inventedWord(n + 1)} Cup final .\n`,
    ),
    // Found by read53 (R9): a round-up naming the same five countries on every line, then one more; each pair of the
    // five was asked about every line, reading all their mentions each time (list-mates.ts; 400 KB 14.9 s).
    'round-up of the same countries': cycle(
      COUNTRY_NAMES.filter((name) => !ROUND_UP.includes(name)).map(
        (name) =>
          `Brazil, Colombia, Mexico, Indonesia and Argentina backed the coffee quotas, as did ${name}.\n`,
      ),
    ),
    // Found by speed54: thousands of sentences naming the same two countries as the ends of one range; each
    // sentence's range test read all of both countries' mentions (pairs.ts onlyAsRangeEnds; 800 KB 4.5 s).
    'ranges of the same two countries': distinctLines(
      bytes,
      (n) => `From Brazil to Colombia, farmers protested on day ${n}.\n`,
    ),
    'many distinct people': distinctLines(
      bytes,
      (n) => `${GIVEN_NAMES[n % GIVEN_NAMES.length]} ${inventedWord(n)} said on Friday he would resign .\n`,
    ),
  };
  // Pages whose shape is in the headline too: rules that read only the title see it there.
  const titles: Record<string, string> = {
    // Found by read39: review-label.ts's TITLE_CASED let capitals open a word with no space before it, and a long
    // label in capitals that failed at its end ("(2026)") took exponential time (36 capitals 42 s).
    'review headlines in capitals': REVIEW_HEADLINES[0] ?? '',
  };
  return Object.entries(pages).map(([id, body]) => ({ id, title: titles[id] ?? 'Hostile page', body }));
}

/** A page of markup, as an ingest bucket can receive it. */
export interface MarkupPage {
  readonly id: string;
  readonly format: 'html' | 'xml' | 'markdown';
  readonly content: string;
}

const STORY = '<p>China and Japan signed a trade deal in Tokyo on Monday.</p>';

/**
 * Markup no publisher writes, `bytes` characters long: elements nested, end tags that match nothing, <noscript>s
 * holding end tags, Markdown links and tags never closed, by the hundred thousand. Before 2026-12-04 (session
 * 36) htmlparser2 unshifted and searched its array of open elements at every tag (100,000 nested elements took
 * 15 s, a page at the 5 MB content cap minutes; functions/core/input/guarded-parser.ts), html.ts parsed a page
 * again for each misread <noscript> (100 KB: 36 s) and markdown.ts read from each "[" or "<" to the next "]" or
 * ">" (80 KB of "[": 25 s).
 */
export function hostileMarkupPages(bytes: number): MarkupPage[] {
  const nested = (open: string, close: string) => {
    const depth = Math.floor((bytes - STORY.length) / (open.length + close.length));
    return open.repeat(depth) + STORY + close.repeat(depth);
  };
  const repeated = (head: string, unit: string) =>
    head + unit.repeat(Math.max(0, Math.floor((bytes - head.length) / unit.length)));
  const openDivs = '<div>'.repeat(Math.floor(bytes / 20));
  const strayEnds = '</span>'.repeat(Math.floor((bytes - openDivs.length - STORY.length) / 7));
  return [
    { id: 'HTML nested', format: 'html', content: `<title>Deep</title>${nested('<div>', '</div>')}` },
    {
      id: 'HTML end tags matching nothing',
      format: 'html',
      content: `<title>Stray</title>${openDivs}${STORY}${strayEnds}`,
    },
    {
      // Each <noscript>'s content read as markup ended the <div> around it: the page was parsed again for each.
      id: 'HTML noscripts holding end tags',
      format: 'html',
      content: repeated(`<title>Noscript</title><div>${STORY}`, '<noscript></div><p>x</p></noscript>'),
    },
    {
      id: 'Markdown brackets never closed',
      format: 'markdown',
      content: repeated(`# Brackets\n\n${STORY}\n\n`, '['),
    },
    {
      id: 'Markdown links cut off',
      format: 'markdown',
      content: repeated(`# Links\n\n${STORY}\n\n`, '[a]('),
    },
    {
      id: 'Markdown tags never closed',
      format: 'markdown',
      content: repeated(`# Tags\n\n${STORY}\n\n`, '<a href="'),
    },
    {
      id: 'XML nested',
      format: 'xml',
      content: `<nitf><head><title>Deep</title></head><body><body.content>${nested('<block>', '</block>')}</body.content></body></nitf>`,
    },
  ];
}

/** The article a markup page gives, read as the ingest function reads it. */
export function articleOfMarkup(page: MarkupPage): ArticleInput {
  if (page.format !== 'xml') return { ...parseArticle(page.content, page.format), id: page.id };
  const item = readXmlArticles(page.content)?.items[0];
  if (!item) throw new Error(`${page.id}: no story in the XML page`);
  return { ...finishArticle(item.read()), id: page.id };
}
