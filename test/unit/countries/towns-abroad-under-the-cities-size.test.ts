import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Towns under the cities' size beyond Britain (minor-towns.json): Ireland's, Australia's and New Zealand's of
// 20,000 and up, the United States' and Canada's of 50,000 and up. Sentences written for these tests.
const codes = (body: string, dateline?: string) =>
  tagArticle({ id: 'minor-towns', title: '', body, ...(dateline ? { dateline } : {}) })
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code);

describe("towns abroad under the cities' size", () => {
  it('places a local story in a town its own press names bare', () => {
    // Act
    const found = [
      codes('Police in Kenosha arrested two men after a shooting on Tuesday.'),
      codes('A gas leak forced the evacuation of a school in Roanoke.'),
      codes('Police in Rotorua said the driver had died.'),
      codes('The new hospital in Drogheda will open in May.'),
      codes('Growers near Bundaberg lost much of the sugar cane crop.'),
      codes('Floods cut the highway near Wagga Wagga on Friday.'),
    ];

    // Assert
    expect(found).toEqual([['US'], ['US'], ['NZ'], ['IE'], ['AU'], ['AU']]);
  });

  // review62 ★2: the commonest forms of American local copy.
  it("reads a town before its police, its residents or a firm based there, and between 'a' and one of its people", () => {
    // Act
    const found = [
      codes('Roanoke police arrested two men after a shooting on Saturday.'),
      codes('Kenosha residents were told to boil their water.'),
      codes('A Mandurah woman was charged with arson.'),
      codes('Rotorua-based Kiri Tours cut 40 jobs.'),
    ];

    // Assert
    expect(found).toEqual([['US'], ['US'], ['AU'], ['NZ']]);
  });

  it('leaves a town out where its sentence names a region of another country it lies in', () => {
    // Act
    const greek = codes('Wildfires in Arcadia forced the evacuation of villages in the Peloponnese.');
    const origin = tagArticle({
      id: 'minor-towns',
      title: '',
      body: 'Kenosha police said the driver was from Ontario.',
    }).countries.map((c) => c.code);

    // Assert
    expect(greek).toEqual(['GR']);
    expect(origin).toContain('US');
  });

  it('reads a town named by a surname or a word only where a place is meant', () => {
    // Act
    const speaker = codes('Lawton said he would not stand again.');
    const word = codes('Sparks flew between the two leaders at the debate.');
    const placed = codes('The city of Carmel, Indiana, has built more than 140 roundabouts.');

    // Assert
    expect(speaker).toEqual([]);
    expect(word).toEqual([]);
    expect(placed).toEqual(['US']);
  });

  it('leaves out a town named like an English county or a London borough', () => {
    // Act
    const county = codes('Floods hit homes across Suffolk on Tuesday.');
    const borough = codes('Camden council approved plans for 300 homes.');

    // Assert
    expect(county).not.toContain('US');
    expect(borough).not.toContain('US');
  });

  it("reads a town's name under another country's dateline as a firm's unless its country is named", () => {
    // Act
    const firm = codes(
      'Kenosha Capital said it would buy a French insurer for 2 billion euros.',
      'PARIS, March 3',
    );

    // Assert
    expect(firm).toEqual(['FR']);
  });
});
