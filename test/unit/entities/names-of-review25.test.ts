import { describe, expect, it } from 'vitest';
import { entityWith, mentionsOf } from './entities-of.js';

describe('a surname before "and" and a given name and surname', () => {
  it('stays its own person where the story names people by their surnames', () => {
    // Arrange
    const body =
      'England manager Gareth Southgate recalled Kane and Phil Foden on Thursday. Kane has scored 60 goals ' +
      'for his country. Foden said he was ready.';

    // Act
    const kane = entityWith(body, 'Kane');
    const foden = entityWith(body, 'Foden');

    // Assert
    expect(kane?.startsWith('person:kane:')).toBe(true);
    expect(foden?.startsWith('person:phil-foden:')).toBe(true);
  });

  it('still gives siblings named by their given names the shared surname', () => {
    const body =
      'Tickets sold out within minutes. Liam and Noel Gallagher will play Wembley in July. Liam said the band ' +
      'had never been better. Noel said more dates would follow.';

    const liam = entityWith(body, 'Liam');

    expect(liam?.startsWith('person:liam-gallagher:')).toBe(true);
  });
});

describe('a pact or panel named by its subject after "on"', () => {
  it('is one name, with the acronym the text gives', () => {
    const body =
      'GENEVA, May 3 - Negotiators resumed talks under the General Agreement on Tariffs and Trade on Monday. ' +
      'GATT officials expect a deal by December. The Intergovernmental Panel on Climate Change (IPCC) will ' +
      'report in March.';

    const found = mentionsOf(body);

    expect(found).toContain(
      'organization:general-agreement-on-tariffs-and-trade: General Agreement on Tariffs and Trade | GATT',
    );
    expect(found).toContain(
      'organization:intergovernmental-panel-on-climate-change: Intergovernmental Panel on Climate Change | IPCC',
    );
  });

  it('leaves a date and a one-word pact alone', () => {
    const body = 'The Paris Agreement on Tuesday drew criticism. An Agreement on Trade was not reached.';

    const found = mentionsOf(body);

    expect(found.some((line) => line.includes('Tuesday'))).toBe(false);
    expect(found.some((line) => line.includes('Agreement on Trade'))).toBe(false);
  });
});

describe("a couple's foundation", () => {
  it('keeps both given names in the name', () => {
    const body =
      'The Bill and Melinda Gates Foundation pledged $100 million on Monday. Grants from the Michael and Susan ' +
      'Dell Foundation will fund 200 schools.';

    const found = mentionsOf(body);

    expect(found).toContain(
      'organization:bill-and-melinda-gates-foundation: Bill and Melinda Gates Foundation',
    );
    expect(found).toContain(
      'organization:michael-and-susan-dell-foundation: Michael and Susan Dell Foundation',
    );
  });
});

describe('a royal style and the royal who holds it', () => {
  it('is one person where the story names that royal by a given name that held it', () => {
    const body =
      "Prince William visited a children's hospital in Cardiff on Tuesday. The Prince of Wales spoke to nurses " +
      'and parents. Meghan launched a show. The Duchess of Sussex said cooking was her passion.';

    const william = entityWith(body, 'William');
    const meghan = entityWith(body, 'Meghan');

    expect(william).toContain('Prince of Wales');
    expect(meghan).toContain('Duchess of Sussex');
  });

  it('stays apart from a brother, a monarch of that name and a namesake', () => {
    const body =
      'Prince Harry arrived in London but did not meet his brother, the Prince of Wales. King Charles and Queen ' +
      'Camilla attended. The Duke of Sussex flew home. Harry Kane scored twice for Bayern.';

    const harry = entityWith(body, 'Harry');
    const charles = entityWith(body, 'Charles');
    const sussex = entityWith(body, 'Duke of Sussex');

    expect(harry).not.toContain('Prince of Wales');
    expect(charles).not.toContain('Prince of Wales');
    expect(sussex).not.toContain('Harry Kane');
  });
});

describe('a party name several countries use', () => {
  it("keeps the bare id for the table's country and qualifies another country's party", () => {
    const irish =
      "DUBLIN - Ireland's Labour Party elected Ivana Bacik as leader on Thursday. Labour has seven seats.";
    const malawi =
      'LILONGWE - The opposition Democratic Progressive Party (DPP) held a rally on Sunday. Peter Mutharika, ' +
      'the DPP leader, said the government had failed.';
    const british =
      'LONDON - Labour leader Keir Starmer spoke on Monday. The Labour Party will publish its plans.';
    const taiwan =
      "TAIPEI - Taiwan's ruling Democratic Progressive Party (DPP) lost seats. The DPP said it would reflect.";

    expect(entityWith(irish, 'Labour')).toBe('organization:irish-labour-party: Labour Party | Labour');
    expect(entityWith(malawi, 'DPP')?.startsWith('organization:malawian-democratic-progressive-party:')).toBe(
      true,
    );
    expect(entityWith(british, 'Labour Party')?.startsWith('organization:labour-party:')).toBe(true);
    expect(entityWith(taiwan, 'DPP')?.startsWith('organization:democratic-progressive-party:')).toBe(true);
  });

  it("tells two countries' parties apart in one story, and leaves a US party named from abroad alone", () => {
    const both = "Britain's Labour Party and Ireland's Labour Party signed a joint statement.";
    const us =
      'LONDON - The Democratic Party in the United States is choosing a new leader. Democratic Party officials met.';

    const found = mentionsOf(both);

    expect(found.some((line) => line.startsWith('organization:labour-party:'))).toBe(true);
    expect(found.some((line) => line.startsWith('organization:irish-labour-party:'))).toBe(true);
    expect(entityWith(us, 'Democratic Party')?.startsWith('organization:democratic-party:')).toBe(true);
  });
});

describe('review25 names', () => {
  it('joins a name written without its accents or its second surname to the full name (r25-54)', () => {
    const title = 'Lopez Obrador backs Adan Augusto Lopez';
    const body =
      'President Andrés Manuel López Obrador said on Monday that Adán Augusto López Hernández would lead the ' +
      'Senate. López Obrador praised him.';

    const found = mentionsOf(body, title);

    expect(found.filter((line) => line.startsWith('person:')).sort()).toEqual([
      'person:adan-augusto-lopez-hernandez: Adan Augusto Lopez | Adán Augusto López Hernández',
      'person:andres-manuel-lopez-obrador: Lopez Obrador | Andrés Manuel López Obrador | López Obrador',
    ]);
  });

  it('names a person without the patronymic (r25-55)', () => {
    const body =
      'Kremlin spokesman Dmitry Sergeyevich Peskov said on Monday that Vladimir Vladimirovich Putin would ' +
      'attend. Dmitry Peskov added that Vladimir Putin would fly on Tuesday.';

    const found = mentionsOf(body);

    expect(found).toContain('person:dmitry-peskov: Dmitry Sergeyevich Peskov | Dmitry Peskov');
    expect(found).toContain('person:vladimir-putin: Vladimir Vladimirovich Putin | Vladimir Putin');
  });

  it('reads "PM" after a demonym as the title before a name (r25-52)', () => {
    const body = 'Japanese PM Ishiba met Indian PM Modi on Friday. Shigeru Ishiba said the talks were frank.';

    const found = mentionsOf(body);

    expect(found).toContain('person:shigeru-ishiba: Ishiba | Shigeru Ishiba');
    expect(found.some((line) => line.includes('Japanese PM'))).toBe(false);
  });

  it('keeps a body named with "to" and a verb, and a boundary "Line of …" whole (r25-42, r25-49)', () => {
    const body =
      'The Committee to Protect Journalists welcomed the release. The Campaign to End Loneliness said more ' +
      'should be done. Troops clashed on the Line of Actual Control on Monday.';

    const found = mentionsOf(body);

    expect(found).toContain(
      'organization:committee-to-protect-journalists: Committee to Protect Journalists',
    );
    expect(found).toContain('organization:campaign-to-end-loneliness: Campaign to End Loneliness');
    expect(found.some((line) => line.includes(': Line of Actual Control'))).toBe(true);
  });
});
