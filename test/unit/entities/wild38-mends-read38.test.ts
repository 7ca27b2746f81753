import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const namesOf = (body: string, title = 'Briefing') =>
  entitiesOf(body, title).map((e) => `${e.name}/${e.type}`);

describe("an authority goes on through 'of' only to a place (read38)", () => {
  it('stops before the office holder it belongs to', () => {
    // Arrange
    const body =
      'The Western-backed Palestinian Authority of President Mahmoud Abbas named Hussein al-Sheikh as deputy on ' +
      'Saturday, officials in Ramallah said.';

    // Act
    const names = namesOf(body);

    // Assert
    expect(names).toContain('Palestinian Authority/organization');
    expect(names).toContain('Mahmoud Abbas/person');
  });

  it('stops before a body it answers to', () => {
    const names = namesOf('The Civil Aviation Authority of Director General Ahmed Khan grounded the fleet.');

    expect(names).toContain('Civil Aviation Authority/organization');
  });
});

describe('a spokesperson of a union who says "it may" stays a person (read38)', () => {
  it("is a person when 'it may appeal' names the union's plan", () => {
    // Arrange
    const body =
      'Workers at Durban\u2019s container terminal could walk out next week, the union said. Mahlangu said its ' +
      'members would not accept the offer, and Hlongwane said it may appeal the labour court ruling.';

    // Act
    const names = namesOf(body);

    // Assert
    expect(names).toContain('Hlongwane/person');
    expect(names).not.toContain('Hlongwane/organization');
  });

  it("is a person when 'its workers' and 'it could' follow a surname", () => {
    const names = namesOf(
      "The Democratic Nursing Organisation of South Africa rejected the government's offer on Tuesday. Ndlovu " +
        'said its workers would down tools on Monday, while Sithole said it could cut services at public hospitals.',
    );

    expect(names).toEqual(expect.arrayContaining(['Ndlovu/person', 'Sithole/person']));
  });

  it("keeps a surname that warned of something a person's", () => {
    const names = namesOf(
      'Workers at the container terminal could walk out next week, the union said. Okonkwo warned of a long dispute.',
    );

    expect(names).toContain('Okonkwo/person');
  });
});

describe('a possessive before a case joins it only when it names no known person or place (read38)', () => {
  it('leaves Musk and Britain out of the cases they own', () => {
    // Arrange
    const title = "Supreme Court hears Musk's X v. Media Matters";
    const body = "The case was argued on Monday, as was Britain's Prince Harry v. Associated Newspapers.";

    // Act
    const names = namesOf(body, title);

    // Assert
    expect(names).toContain('United Kingdom/place');
    expect(names).not.toContain("Britain's Prince Harry v. Associated Newspapers/other");
    expect(names.some((n) => n.includes('Musk') && n.endsWith('/person'))).toBe(true);
  });
});

describe("an appeal 'for' a place is a court's name only (read38 minor)", () => {
  it('keeps the place an aid appeal is for', () => {
    const names = namesOf(
      'The United Nations on Monday launched a Flash Appeal for Sudan and neighbouring Chad seeking $4.2 billion.',
    );

    expect(names).toContain('Sudan/place');
    expect(names).not.toContain('Flash Appeal for Sudan/other');
  });
});
