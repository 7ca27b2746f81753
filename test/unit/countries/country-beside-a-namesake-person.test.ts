import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const codes = (body: string) => tagArticle({ body }).countries.map((c) => c.code);

// wild58 ★3: a person bearing a country's name as a surname took the country's own mentions.
describe('a country named beside a person who bears its name as a surname', () => {
  it("is the country before its ruler's title", () => {
    // Arrange
    const body =
      "Jordan's King Abdullah told the president that annexation would threaten the region. Michael Jordan, the basketball great, attended a dinner.";

    // Act
    const found = codes(body);

    // Assert
    expect(found).toContain('JO');
  });

  it('is the country after a preposition', () => {
    const body =
      'The king thanked the president for aid to Jordan. Michael Jordan attended a White House dinner later.';

    expect(codes(body)).toContain('JO');
  });
});

// wild58 ★3: a person bearing a country's or a city's name as a given name took its lone mentions, whatever they did.
describe('a country or city named beside a person who bears its name as a given name', () => {
  it('is the country whose sentence tells a state\'s act: "Israel launched strikes on Gaza"', () => {
    // Arrange
    const body =
      'Israel Adeyemi lost his fight in Riyadh on Saturday. Israel launched strikes on Gaza on Sunday, the military said.';

    // Act
    const found = codes(body);

    // Assert
    expect(found).toContain('IL');
  });

  it('is the country before what only a state has: "Cuba\'s government", "Jordan\'s foreign ministry"', () => {
    const cuba =
      "Cuba Halvorsen Jr. attended the gala in New York. Cuba's government said on Tuesday the embargo had cost it billions.";
    const jordan =
      "Jordan Peltier spoke at a rally in Toronto on Sunday. Jordan's foreign ministry said it had not received a request.";

    expect(codes(cuba)).toContain('CU');
    expect(codes(jordan)).toContain('JO');
  });

  it('is the country speaking of itself as a government: "Israel said it would …"', () => {
    const body =
      'Israel Adeyemi lost his fight in Riyadh on Saturday. Israel said on Sunday it would reopen the crossing.';

    expect(codes(body)).toContain('IL');
  });

  it('is the person where the sentence takes the word up as a person', () => {
    const said =
      'Israel Adeyemi lost his fight in Riyadh on Saturday. Israel said he would fight again next year.';
    const wore =
      'Sydney Marlowe arrived at the premiere in Los Angeles. Sydney wore a black gown and thanked her fans.';

    expect(codes(said)).not.toContain('IL');
    expect(codes(wore)).not.toContain('AU');
  });

  it('is the city a disaster is told to strike: "Sydney was hit by a heatwave"', () => {
    const body =
      'Sydney Marlowe arrived at the premiere in Los Angeles. Sydney was hit by a heatwave on Tuesday, with temperatures above 44C.';

    expect(codes(body)).toContain('AU');
  });
});
