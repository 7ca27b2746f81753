import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

/** The names and types the recogniser finds, as "name/type". */
const named = (body: string) => entitiesOf(body).map((e) => `${e.name}/${e.type}`);

describe('a directorate named through "General of"', () => {
  it('keeps a health directorate one organisation', () => {
    // Arrange
    const body = 'The Directorate General of Health Services said 41 people had died of dengue this week.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Directorate General of Health Services/organization');
  });

  it('keeps an aviation directorate one organisation though its name ends in an ordinary word', () => {
    // Arrange
    const body = 'The Directorate General of Civil Aviation ordered checks on all the airline’s jets.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Directorate General of Civil Aviation/organization');
  });
});

describe('ordinary words coordinated by "and" before a head', () => {
  it("keeps a disaster council's long name whole after a sentence's opening article", () => {
    // Arrange
    const body = 'The National Flood Risk Reduction and Management Council said 12 people were missing.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('National Flood Risk Reduction and Management Council/organization');
  });

  it("keeps a law's name whole", () => {
    // Arrange
    const body =
      'Exporters in Lesotho depend on the African Growth and Opportunity Act, which expires in September.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('African Growth and Opportunity Act/other');
  });

  it('keeps a hall of fame named by two coordinated words whole', () => {
    // Arrange
    const body = 'The singer was inducted into the Rock and Roll Hall of Fame in 2019.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Rock and Roll Hall of Fame/other');
    expect(names.some((n) => n.startsWith('Rock/'))).toBe(false);
  });
});

describe('a cup named through "of"', () => {
  it('keeps the contest whole as an event', () => {
    // Arrange
    const body = 'Senegal reached the final of the Africa Cup of Nations in Rabat.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Africa Cup of Nations/other');
  });
});

describe('Filipino "ng" inside a name', () => {
  it("keeps the central bank's name whole as an organisation", () => {
    // Arrange
    const body = 'The Bangko Sentral ng Pilipinas kept its policy rate at 5% on Thursday.';

    // Act
    const names = named(body);

    // Assert
    expect(names).toContain('Bangko Sentral ng Pilipinas/organization');
  });
});
