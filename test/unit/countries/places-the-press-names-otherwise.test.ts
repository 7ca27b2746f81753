import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Session 61 (place61, wild60): places whose GeoNames form the press does not write, and divisions named after their
// seat. Sentences are invented.
const codesOf = (body: string): string[] =>
  tagArticle({ title: '', body, language: 'en' }).countries.map((c) => `${c.code}${c.focus ? '*' : ''}`);

describe('a place the press writes otherwise than GeoNames', () => {
  it.each([
    // Korean "-si" and Japanese "-shi" dropped.
    ['A fire broke out at a warehouse in Seongnam on Monday.', 'KR*'],
    ['Two men were arrested in Bucheon after the crash.', 'KR*'],
    ['Snow closed the roads around Gifu on Sunday.', 'JP*'],
    // The old English names of Indian cities (review62 ★3).
    ['Traffic jams in Bangalore cost commuters two hours a day.', 'IN*'],
    ['Boatmen in Benares said the river was rising.', 'IN*'],
    // The bare name of a city GeoNames counts under "<name> City".
    ['CEBU — Officials said the ferry terminal would reopen on Monday.', 'PH*'],
    // Resort and provincial towns under the gazetteer's bar.
    ['Tourists were stranded in Phuket after the storm.', 'TH*'],
    ['Police in Pattaya arrested two foreigners on Friday.', 'TH*'],
    // Russian transliterations of Ukrainian cities.
    ['Drones hit Kharkov overnight, the regional governor said.', 'UA*'],
    ['Shelling hit Zaporozhye on Monday.', 'UA*'],
    ['A rocket struck a depot near Lugansk.', 'UA*'],
  ])('names its country: %s', (body, code) => {
    expect(codesOf(body)).toEqual([code]);
  });

  it('keeps a state out of its city\'s bare name: "Oklahoma" stays the state', () => {
    expect(codesOf('Heavy storms swept across Oklahoma on Monday.')).toEqual(['US*']);
  });
});

describe("a first-level division named after its seat, with the division's word", () => {
  it.each([
    ['Shelling hit Sumy Oblast on Monday.', 'UA*'],
    ['Drones hit Bryansk Oblast overnight.', 'RU*'],
    ['Heavy rain hit Kagoshima Prefecture on Monday.', 'JP*'],
    ['Fighting continued in Kandahar Province on Sunday.', 'AF*'],
  ])("names the seat's country: %s", (body, code) => {
    expect(codesOf(body)).toEqual([code]);
  });
});
