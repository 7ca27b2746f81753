import { describe, expect, it } from 'vitest';
import { tagStory } from './focus-and-pairs.js';

/** The country codes in the order the tagger ranks them. */
const ranked = (story: Parameters<typeof tagStory>[0]) => tagStory(story).countries.map((c) => c.code);

describe('the country filed from that opens the lead as its subject', () => {
  it('ranks a market’s home above the buyer the headline names', () => {
    const order = ranked({
      title: 'Corn futures slip; Japan buying lifts soymeal',
      body:
        'CHICAGO, Oct 3 (Reuters) - U.S. corn futures slipped for a third day on Thursday as the harvest advanced, ' +
        'while soymeal firmed on Japanese demand.\n\nTraders said Japan had booked two cargoes of soymeal and ' +
        'that Japanese feed makers were seeking more. Japan remains the top buyer of the grain this season.',
    });

    expect(order[0]).toBe('US');
    expect(order).toContain('JP');
  });

  it('ranks the country of a court ruling on its own policy above the country the policy concerns', () => {
    const order = ranked({
      title: 'Court halts deportation flights to Ghana',
      body:
        'LONDON — The UK High Court on Friday halted the government’s deportation flights to Ghana until a full ' +
        'hearing next month.\n\nLawyers for the claimants said conditions in Ghana had not been assessed. Ghana’s ' +
        'foreign ministry said Ghana would respect the ruling, and officials in Accra said Ghana had not been consulted.',
    });

    expect(order.slice(0, 2)).toEqual(['GB', 'GH']);
  });

  it('ranks a landlocked country above the neighbour its exports cross', () => {
    const order = ranked({
      title: 'Uganda coffee exports stall as Kenya port strike drags on',
      body:
        'KAMPALA, Uganda (Reuters) - Uganda’s coffee exports through Kenya have stalled for a second week because ' +
        'of a strike at the port of Mombasa, the coffee board said on Tuesday.\n\nKenya’s dock workers want higher ' +
        'pay, and Kenya’s ports authority said talks would resume. Nairobi has offered to mediate, Kenyan media said.',
    });

    expect(order.slice(0, 2)).toEqual(['UG', 'KE']);
  });

  it('leaves the order to the mentions when the lead opens with another country', () => {
    const order = ranked({
      title: 'China exports fall',
      body:
        'WASHINGTON (Reuters) - China’s exports to the United States fell 8 percent in May, U.S. data showed on ' +
        'Tuesday. China’s commerce ministry said China would keep buying soybeans, and Beijing urged talks.',
    });

    expect(order[0]).toBe('CN');
  });

  it('leaves a speaker in the lead after the country its report is about (read24 F12)', () => {
    const order = ranked({
      title: 'North Korea fires missile',
      body:
        'WASHINGTON - U.S. officials said on Tuesday that North Korea fired a ballistic missile into the sea. North ' +
        'Korea has fired dozens of missiles this year, and North Korea says they are tests.',
    });

    expect(order[0]).toBe('KP');
  });

  it('reads no state body in a firm named after its country (read24 F12)', () => {
    const order = ranked({
      title: 'Centrica signs Qatar LNG deal',
      body:
        'LONDON - British Gas owner Centrica said it would buy LNG from Qatar to replace Russian supplies. Qatar ' +
        'will ship 2 million tonnes a year. Russia cut supplies in 2022 and Russian gas has not returned.',
    });

    expect(order[0]).toBe('QA');
  });
});
