/**
 * Deterministic news-like articles for benchmarks: datelines, ALL-CAPS and sentence-case titles, people
 * with titles and later surname-only mentions, countries, demonyms, capitals, organisations, quotes and
 * numbers. Invented text, generated from a seed; nothing here comes from a labelled set.
 */
import type { ArticleInput } from '../functions/core/schema.js';

export type Random = () => number;

/** mulberry32: a small, fast, seedable PRNG, so every run tags the same texts. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

export const FIRST_NAMES = [
  'Maria',
  'James',
  'Amina',
  'Wei',
  'Olga',
  'Carlos',
  'Priya',
  'Tomasz',
  'Fatima',
  'Kenji',
  'Grace',
  'Ahmed',
  'Elena',
  'Samuel',
  'Ingrid',
  'Rafael',
] as const;
export const SURNAMES = [
  'Okonkwo',
  'Lindqvist',
  'Haddad',
  'Moreno',
  'Chen',
  'Novak',
  'Fischer',
  'Tanaka',
  'Petrenko',
  'Mensah',
  'Kowalski',
  'Duarte',
  'Rahman',
  'Sato',
  'Whitaker',
  'Ibrahim',
] as const;
/** [country, demonym, capital, another city] */
export const COUNTRIES = [
  ['China', 'Chinese', 'Beijing', 'Shanghai'],
  ['the United States', 'American', 'Washington', 'New York'],
  ['Germany', 'German', 'Berlin', 'Hamburg'],
  ['France', 'French', 'Paris', 'Marseille'],
  ['Japan', 'Japanese', 'Tokyo', 'Osaka'],
  ['Brazil', 'Brazilian', 'Brasilia', 'Sao Paulo'],
  ['India', 'Indian', 'New Delhi', 'Mumbai'],
  ['Nigeria', 'Nigerian', 'Abuja', 'Lagos'],
  ['Mexico', 'Mexican', 'Mexico City', 'Monterrey'],
  ['Turkey', 'Turkish', 'Ankara', 'Istanbul'],
  ['Poland', 'Polish', 'Warsaw', 'Krakow'],
  ['South Africa', 'South African', 'Pretoria', 'Johannesburg'],
  ['Canada', 'Canadian', 'Ottawa', 'Toronto'],
  ['Indonesia', 'Indonesian', 'Jakarta', 'Surabaya'],
  ['Egypt', 'Egyptian', 'Cairo', 'Alexandria'],
  ['Australia', 'Australian', 'Canberra', 'Sydney'],
] as const;
export const ORGANIZATIONS = [
  'the World Bank',
  'the International Monetary Fund',
  'the United Nations',
  'the European Commission',
  'Northwind Energy Corp',
  'Helix Pharmaceuticals Inc',
  'Bluefin Shipping Ltd',
  'Orbital Networks',
  'the Federal Reserve',
  'the World Health Organization',
  'Kestrel Motors',
  'Atlas Mining Group',
] as const;
const ROLES = [
  'finance minister',
  'foreign minister',
  'president',
  'prime minister',
  'trade minister',
  'central bank governor',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CLAIMS = [
  'the economy would grow faster than expected next year',
  'talks on a new trade agreement would resume within weeks',
  'tariffs on steel and aluminium would stay in place',
  'the government would raise spending on hospitals and schools',
  'inflation had peaked and interest rates could fall',
  'the election would be held in the spring as planned',
  'police had arrested several people suspected of smuggling drugs',
  'the country would cut carbon emissions by half by 2035',
  'the team was ready for the final after a difficult season',
  'a new law would force social media platforms to verify the age of users',
];
const ACTIONS = [
  'lower tariffs on farm goods',
  'expand cooperation on energy and climate',
  'share intelligence on drug trafficking',
  'hold a summit later this year',
  'build a new rail link',
  'resolve a dispute over fishing rights',
];
const QUOTES = [
  'We are not going to accept any deal that hurts our workers',
  'This agreement is good for both our countries',
  'The numbers speak for themselves',
  'We will keep talking, because there is no alternative',
  'Nobody wins a trade war',
];

function sentence(random: Random, people: readonly [string, string][]): string {
  const [country, demonym, capital, city] = pick(random, COUNTRIES);
  const [other, , otherCapital] = pick(random, COUNTRIES);
  const [first, last] = pick(random, people);
  const org = pick(random, ORGANIZATIONS);
  const day = pick(random, DAYS);
  const n = 1 + Math.floor(random() * 98);
  switch (Math.floor(random() * 8)) {
    case 0:
      return `${first} ${last}, ${pick(random, ROLES)} of ${country}, said on ${day} that ${pick(random, CLAIMS)}.`;
    case 1:
      return `${capitalize(country)} and ${other} agreed to ${pick(random, ACTIONS)} after talks in ${otherCapital}.`;
    case 2:
      return `Shares of ${org.replace(/^the /, '')} rose ${n} percent in ${city} on ${day}, while the ${demonym} currency weakened.`;
    case 3:
      return `"${pick(random, QUOTES)}," ${last} told reporters in ${capital}.`;
    case 4:
      return `${capitalize(org)} said ${demonym} exports fell ${n}.${n % 10} percent in the third quarter, the steepest drop since 2009.`;
    case 5:
      return `Mr. ${last} is expected to visit ${capital} next month to meet officials from ${org}.`;
    case 6:
      return `Officials in ${capital} said the dispute with ${otherCapital} had not affected trade, which reached $${n} billion last year.`;
    default:
      return `${capitalize(pick(random, CLAIMS))}, ${first} ${last} said, adding that ${demonym} companies would benefit.`;
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A news-like body of about `sentences` sentences in paragraphs of two to four. */
export function syntheticBody(random: Random, sentences: number): string {
  const people: [string, string][] = Array.from({ length: 3 }, () => [
    pick(random, FIRST_NAMES),
    pick(random, SURNAMES),
  ]);
  const paragraphs: string[] = [];
  let current: string[] = [];
  for (let i = 0; i < sentences; i++) {
    current.push(sentence(random, people));
    if (current.length >= 2 + Math.floor(random() * 3)) {
      paragraphs.push(current.join(' '));
      current = [];
    }
  }
  if (current.length) paragraphs.push(current.join(' '));
  return paragraphs.join('\n\n');
}

/** `count` articles of 6 to 30 sentences (about 120 to 650 words), half with an inline dateline. */
export function syntheticArticles(count: number, seed = 2026): ArticleInput[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const [country, , capital] = pick(random, COUNTRIES);
    const [other] = pick(random, COUNTRIES);
    const headline = `${capitalize(country)} and ${other} ${pick(random, ['agree to', 'clash over plans to', 'hold talks to'])} ${pick(random, ACTIONS)}`;
    const body = syntheticBody(random, 6 + Math.floor(random() * 25));
    return {
      id: `synthetic-${i}`,
      title: i % 3 === 0 ? headline.toUpperCase() : headline,
      body: i % 2 === 0 ? `${capital.toUpperCase()} — ${body}` : body,
    };
  });
}
