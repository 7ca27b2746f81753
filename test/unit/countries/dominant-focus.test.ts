import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

const tagged = (title: string, body: string) => focusAndPairs({ title, body, language: 'en' });

describe('a story left with no focus country by its headline, dateline and lead', () => {
  it('puts the country it names far more than any other in focus', () => {
    const { focus } = tagged(
      'New mpox case confirmed in border county',
      'The Ministry of Health has confirmed a new case of mpox in a truck driver who crossed at the Busia ' +
        'border post last week. Health officials are tracing his contacts along the highway. Screening has ' +
        'been stepped up in Mombasa and Nakuru, and Kenyans were urged to report symptoms early. The driver ' +
        'had travelled from Kampala.',
    );

    expect(focus).toEqual(['KE']);
  });

  // Until session 49 this story had none in focus (the dominant rule must not pick one of two); focusTiedCountries now
  // puts both in focus: two countries tied at the top, each named three times and together in one sentence, are
  // what a border story is about (places49, wild49 C7). Still not one over the other.
  it('puts neither of two countries named about as often above the other: both in focus', () => {
    const { focus } = tagged(
      'Truck drivers screened at the border',
      'Health officials screened truck drivers at the border post last week. Drivers from Kenya and Uganda ' +
        'queued for hours, and Kenyan and Ugandan officials met to ease the delays. Screening was also ' +
        'stepped up in Nairobi and Kampala.',
    );

    expect([...focus].sort()).toEqual(['KE', 'UG']);
  });
});
