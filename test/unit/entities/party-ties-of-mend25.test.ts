import { describe, expect, it } from 'vitest';
import { entityWith } from './entities-of.js';

describe("a shared party name tied once to another country's party", () => {
  it("leaves the home party's own mentions with the home id where the story names the home country", () => {
    // Arrange
    const body =
      "LONDON - Labour won a clear majority in Britain's general election on Friday. Keir Starmer will form a " +
      "government. Ireland's Labour Party leader Ivana Bacik sent her congratulations. Labour's win was its " +
      'largest in two decades.';

    // Act
    const home = entityWith(body, 'Labour');
    const irish = entityWith(body, 'Labour Party');

    // Assert
    expect(home?.startsWith('organization:labour-party:')).toBe(true);
    expect(irish?.startsWith('organization:irish-labour-party:')).toBe(true);
  });
});

describe("a dateline's country as a party's country", () => {
  it('never gives a US or UK party the country of the foreign bureau that filed the story', () => {
    const us =
      'LONDON - Kamala Harris, the Democratic Party nominee, spoke to union members in Ohio on Monday. The ' +
      'Republican Party has gained ground among factory workers, polls show.';
    const uk =
      "BRUSSELS - Labour's members of the European Parliament backed the trade deal on Wednesday. The Labour Party " +
      'holds 10 seats in the socialist group.';

    const democrats = entityWith(us, 'Democratic Party');
    const republicans = entityWith(us, 'Republican Party');
    const labour = entityWith(uk, 'Labour Party');

    expect(democrats?.startsWith('organization:democratic-party:')).toBe(true);
    expect(republicans?.startsWith('organization:republican-party:')).toBe(true);
    expect(labour?.startsWith('organization:labour-party:')).toBe(true);
  });

  it('still names the party of a country that has one of that name', () => {
    const body =
      'SEOUL - The main opposition Democratic Party won a majority in parliamentary elections on Wednesday. The ' +
      'Democratic Party and its allies took 175 of 300 seats.';

    const party = entityWith(body, 'Democratic Party');

    expect(party?.startsWith('organization:south-korean-democratic-party:')).toBe(true);
  });
});
