import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const tag = (title: string, body: string) => tagArticle({ title, body, language: 'en' });
const focusOf = (title: string, body: string) =>
  tag(title, body)
    .countries.filter((c) => c.focus)
    .map((c) => c.code);
const pairsOf = (title: string, body: string) => tag(title, body).countryPairs.map((p) => p.pair);

describe("a country inside an airline's name names the airline, a firm", () => {
  it('gives no focus nor pair to the home of a brand flying to where the news happens', () => {
    const title = 'Ash cloud shuts Lombok airport';
    const body =
      'MATARAM (Reuters) - Mount Rinjani erupted on Wednesday, sending ash 5 km into the sky. Virgin Australia ' +
      'cancelled flights from Lombok.';

    expect(focusOf(title, body)).toEqual(['ID']);
    expect(pairsOf(title, body)).not.toContain('AU-ID');
  });

  it('reads "Air X" and "X Airlines" abroad as carriers, not parties', () => {
    const title = 'Strike hits Lisbon airport';
    const body =
      'LISBON (Reuters) - Ground staff went on strike on Wednesday. Turkish Airlines and Air Canada cancelled ' +
      'flights to Lisbon.';

    expect(focusOf(title, body)).toEqual(['PT']);
    expect(pairsOf(title, body)).toEqual([]);
  });

  it('keeps the home country of an airline in a story filed at home', () => {
    expect(
      focusOf('Air France to cut jobs', 'PARIS (Reuters) - Air France said it would cut 2,000 jobs.'),
    ).toContain('FR');
  });

  it('keeps an air force as its country', () => {
    const pairs = pairsOf(
      'Pakistan says Indian jets violated airspace',
      'ISLAMABAD (Reuters) - Pakistan said on Wednesday the Indian Air Force had violated its airspace near ' +
        "Sialkot, and summoned India's envoy. India denied the charge.",
    );

    expect(pairs).toContain('IN-PK');
  });
});

describe('only a named airline is an airline (read32 F5)', () => {
  it("keeps a country's own planes and people before planes or passengers", () => {
    const body =
      'KYIV (Reuters) - Overnight Russian planes dropped glide bombs on Kharkiv, officials said. Some British ' +
      'passengers on a stranded train were unhurt.';

    const codes = tag('Glide bombs hit Kharkiv', body).countries.map((c) => c.code);

    expect(codes).toContain('RU');
    expect(codes).toContain('GB');
  });

  it('reads Title-Case and capitalised "Air Strikes" as strikes, not a carrier', () => {
    const pairs = tag(
      'Israeli Air Strikes Kill 9 In Southern Lebanon',
      'BEIRUT (Reuters) - Israeli air strikes killed nine people in southern Lebanon on Monday, the health ministry said.',
    ).countryPairs;
    const capsPairs = tag(
      'ISRAELI AIR STRIKES KILL 14 IN GAZA',
      'GAZA (Reuters) - Israeli air strikes killed 14 people in Gaza overnight, medics said.',
    ).countryPairs;

    expect(pairs.find((p) => p.pair === 'IL-LB')?.score).toBe(1);
    expect(capsPairs.find((p) => p.pair === 'IL-PS')?.score).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps an airline that buys into a firm abroad as a party', () => {
    const pairs = pairsOf(
      'Air France-KLM wins race for stake in Portuguese carrier',
      'LISBON (Reuters) - Air France-KLM won the race for a 40% stake in the state airline on Thursday, beating ' +
        'two rival bidders, Portugal said.',
    );

    expect(pairs).toContain('FR-PT');
  });
});

describe('an airline acting on its own business stands for its home country (session 33)', () => {
  const codesOf = (title: string, body: string) => tag(title, body).countries.map((c) => c.code);

  it('reads "Air India" as the carrier of India, not a given name, when it orders jets abroad', () => {
    const codes = codesOf(
      'Carriers order jets at air show',
      'DUBAI, Nov 18 (Reuters) - Air India ordered 30 Airbus A350s at the air show on Tuesday, the carrier said.',
    );

    expect(codes).toContain('IN');
  });

  it('keeps the home of an airline that cuts its forecast in a story filed abroad', () => {
    const codes = codesOf(
      'European airlines warn on winter demand',
      'FRANKFURT, Dec 2 (Reuters) - Lufthansa and IAG warned on Tuesday that winter bookings were weak. Air ' +
        'France-KLM cut its capacity forecast, and Lufthansa said it would cut 4,000 jobs.',
    );

    expect(codes).toContain('FR');
  });

  it('keeps the home of an airline reporting a loss in a story filed abroad', () => {
    const codes = codesOf(
      'Carrier swings to quarterly loss',
      'NEW YORK, Nov 14 (Reuters) - Air Canada reported a surprise third-quarter loss on Thursday, hurt by a ' +
        'strike in the summer.',
    );

    expect(codes).toContain('CA');
  });

  it('still reads a carrier cancelling flights to the place of the news as a firm abroad', () => {
    const codes = codesOf(
      'Rain floods airport runways',
      'DUBAI, Nov 14 (Reuters) - Air India cancelled flights to Dubai on Thursday after heavy rain flooded the ' +
        'runways.',
    );

    expect(codes).not.toContain('IN');
  });

  it('reads "Air Jordan" as the shoe, not Jordan', () => {
    const codes = codesOf(
      'Sneaker sales rise',
      'Nike said on Thursday that sales of its Air Jordan range rose 5%.',
    );

    expect(codes).not.toContain('JO');
  });
});
