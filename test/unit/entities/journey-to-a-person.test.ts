import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a person a journey goes to stays a person (read32 F4)', () => {
  it('keeps a name an apposition calls an office holder after "taken to"', () => {
    // Arrange
    const body = 'The farmers’ complaint was taken to Kofi Asante, the district minister, on Monday.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Kofi Asante/person');
  });

  it('keeps a name after "fled to" that an apposition calls a nurse', () => {
    const body = 'The boys fled to Grace Wanjiru, a nurse at the village clinic, who called the police.';

    expect(typedNames(body)).toContain('Grace Wanjiru/person');
  });

  it('keeps a name a given name opens after "flown to", where things go to people too', () => {
    const body = 'A copy of the report was flown to Ama Boateng at the land registry.';

    expect(typedNames(body)).toContain('Ama Boateng/person');
  });

  it('still reads a destination a given name opens after "flew to" as a place', () => {
    const body = 'Rescuers flew to Ban Houaykham to search for the missing hikers.';

    expect(typedNames(body)).toContain('Ban Houaykham/place');
  });

  it('still reads a village of three words after "taken to" as a place', () => {
    const body = 'The injured were taken to Ban Nong Khai for treatment.';

    expect(typedNames(body)).toContain('Ban Nong Khai/place');
  });
});
