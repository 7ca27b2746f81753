import { describe, expect, it } from 'vitest';
import { resolveCountries } from '../../../functions/core/countries/resolve.js';
import { prepareDocument } from '../../../functions/core/text/document.js';

function countryOf(city: string, article: { body: string; title?: string; dateline?: string }) {
  const doc = prepareDocument({ ...article, language: 'en' });
  return resolveCountries(doc, []).find((c) => c.mentions.some((m) => m.text === city))?.code;
}

describe('cities that share their name with a big city of another country', () => {
  it('reads San Jose as California’s city in a story about US firms and states', () => {
    const body =
      'Lumora, a San Jose startup that writes software for grid batteries, raised $90 million on Wednesday. ' +
      'It will expand into Texas and Arizona, where utilities are adding storage quickly.';

    expect(countryOf('San Jose', { body })).toBe('US');
  });

  it('keeps San Jose Costa Rica’s under a bare dateline or when the story names Costa Rica', () => {
    const body = 'The government said on Thursday that coffee exports to the United States rose 8% in May.';

    expect(countryOf('SAN JOSE', { body: `SAN JOSE, May 3 - ${body}` })).toBe('CR');
    expect(
      countryOf('San Jose', {
        body: `Costa Rica's president met investors from Texas in San Jose on Friday.`,
      }),
    ).toBe('CR');
  });

  it('reads London as Ontario’s city when the story names the province and not Britain', () => {
    const body =
      'London was buried under 60 cm of snow on Tuesday and the city declared a snow emergency. Schools ' +
      'across southwestern Ontario were closed, and Ontario Provincial Police shut Highway 401.';

    expect(countryOf('London', { body, title: 'Record snowfall hits London' })).toBe('CA');
  });

  it('reads a city as the namesake of a country a sentence names with it', () => {
    const tripoli =
      'Clashes between rival gunmen in Tripoli in northern Lebanon killed two people on Friday.';
    const valencia =
      'Thousands of opposition supporters rallied in Valencia in northern Venezuela on Saturday.';

    expect(countryOf('Tripoli', { body: tripoli })).toBe('LB');
    expect(countryOf('Valencia', { body: valencia })).toBe('VE');
  });

  it('keeps the main city when the namesake’s country or one state is named away from it', () => {
    const hyderabad =
      "Pakistan's cricket team landed in Hyderabad on Wednesday ahead of the World Cup, their first visit in " +
      'seven years.';
    const singer = 'American singer Taylor Swift played to 60,000 fans in Birmingham on Friday night.';
    const council =
      'Birmingham City Council declared itself effectively bankrupt on Tuesday. Alabama-born councillor ' +
      'John Smith said services would be cut.';
    const startup =
      'A Birmingham-based software startup said on Monday it would open an office in California next year.';
    const migrants = 'Venezuelan migrants in Barcelona held a vigil on Sunday for victims of the floods.';

    expect(countryOf('Hyderabad', { body: hyderabad })).toBe('IN');
    expect(countryOf('Birmingham', { body: singer })).toBe('GB');
    expect(countryOf('Birmingham', { body: council, title: 'Birmingham council goes bankrupt' })).toBe('GB');
    expect(countryOf('Birmingham', { body: startup })).toBe('GB');
    expect(countryOf('Barcelona', { body: migrants })).toBe('ES');
  });

  it('keeps a big city whose small namesake’s country the sentence names', () => {
    const body = 'Chilean officials flew to Los Angeles on Monday to promote copper exports.';

    expect(countryOf('Los Angeles', { body })).toBe('US');
  });

  it('reads San Jose as California’s city in a Silicon Valley story', () => {
    const body =
      'Figura, a Silicon Valley startup building robots, raised $200 million. It is based in San Jose.';

    expect(countryOf('San Jose', { body })).toBe('US');
  });
});
