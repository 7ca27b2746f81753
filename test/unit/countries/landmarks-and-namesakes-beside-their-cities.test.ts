import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// Landmarks and islands wholly in one country, and a namesake city placed by the cities and states beside it.
// Sentences written for these tests.
const tagged = (body: string, title = '') => tagArticle({ id: 'landmarks', title, body });
const codes = (body: string, title = '') =>
  tagged(body, title)
    .countries.filter((c) => c.focus !== false)
    .map((c) => c.code);

describe('landmarks, and namesakes beside their cities', () => {
  it('places a story at a landmark or island wholly in one country', () => {
    // Act
    const found = [
      codes('Divers counted fewer turtles on the Great Barrier Reef this spring.'),
      codes('The new visitor centre near Uluru opens in June.'),
      codes('A cargo capsule lifted off from Cape Canaveral at dawn.'),
      codes('Power was restored in Lahaina after the fires.'),
      codes('Floodwater reached the old harbour of Derna again.'),
      codes('Heavy rain closed schools across Wayanad on Thursday.'),
      codes('The storm knocked out power across the Grenadines.'),
    ];

    // Assert
    expect(found).toEqual([['AU'], ['AU'], ['US'], ['US'], ['LY'], ['IN'], ['VC']]);
  });

  it("reads the Kurdistan Regional Government as Iraq's", () => {
    // Act
    const found = tagged(
      'The Kurdistan Regional Government approved a new budget for its ministries.',
    ).countries;

    // Assert
    expect(found.map((c) => c.code)).toEqual(['IQ']);
  });

  it("reads no country in a demigod's name", () => {
    // Act
    const found = codes('In the legend, Maui slowed the sun with a rope.');

    // Assert
    expect(found).toEqual([]);
  });

  it("reads a namesake city listed beside a city of its country in a story naming that country's province", () => {
    // Act
    const found = tagged(
      'Drainage crews were sent to low-lying streets in Karachi and Hyderabad on Tuesday.',
      'Rain warning issued for Sindh',
    ).countries.map((c) => c.code);

    // Assert
    expect(found).toEqual(['PK']);
  });

  it("reads a bare dateline's namesake from a city of the state the lead describes", () => {
    // Act
    const sindh = tagged(
      "Hyderabad: Gusty winds toppled billboards across Sindh's third-largest city on Sunday.",
    );
    const ontario = tagged(
      "LONDON: Ontario's capital Toronto had its coldest night of the winter on Sunday.",
    );

    // Assert
    expect(sindh.dateline?.countryCode).toBe('PK');
    expect(ontario.dateline?.countryCode).toBe('GB');
  });

  it("reads a bare dateline's namesake from its state's health department", () => {
    // Act
    const found = tagged('Newcastle — NSW Health confirmed two cases of whooping cough at a primary school.');

    // Assert
    expect(found.dateline?.countryCode).toBe('AU');
    expect(found.countries.map((c) => c.code)).toEqual(['AU']);
  });
});
