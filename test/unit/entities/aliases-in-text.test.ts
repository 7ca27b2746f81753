import { describe, expect, it } from 'vitest';
import { entityWith, mentionsOf } from './entities-of.js';

describe('a short form the text gives in brackets', () => {
  it('joins an acronym, a short form or a ticker to the name before it, and its later mentions', () => {
    const acronym = entityWith(
      'The Manufacturers Association of Nigeria (MAN) urged the central bank to pause. MAN said factories were closing.',
      'MAN',
    );
    const shortForm = entityWith(
      'Shell Plc and Petroliam Nasional Bhd (Petronas) agreed on Tuesday to develop a gas field. Petronas said output would start in 2027.',
      'Petronas',
    );
    const ticker = entityWith(
      'Shares of Nvidia Corp. (NASDAQ: NVDA) rose 3% on Monday. Analysts said NVDA remains the favourite.',
      'NVDA',
    );
    const bare = entityWith('Reddit Inc. (RDDT) jumped in its market debut on Thursday.', 'RDDT');

    expect(acronym).toBe(
      'organization:manufacturers-association-of-nigeria: Manufacturers Association of Nigeria | MAN | MAN',
    );
    expect(shortForm).toBe('organization:petroliam-nasional: Petroliam Nasional Bhd | Petronas | Petronas');
    expect(ticker).toBe('organization:nvidia: Nvidia Corp. | NVDA');
    expect(bare).toBe('organization:reddit: Reddit Inc. | RDDT');
  });

  it('reads the whole name the acronym spells, through "of", a possessive or a sentence-initial word', () => {
    const through = mentionsOf(
      'Troops pulled back from the Line of Actual Control (LAC) on Monday. The LAC has been tense since 2020.',
    );
    const possessive = mentionsOf("The National People's Power (NPP) took 159 of the 225 seats.");
    const initial = mentionsOf(
      'Business Unity South Africa (Busa) estimated that power cuts cost billions. Busa said the government must act.',
    );

    expect(
      through.some((line) => line.endsWith(':line-of-actual-control: Line of Actual Control | LAC | LAC')),
    ).toBe(true);
    expect(possessive.some((line) => line.endsWith(": National People's Power | NPP"))).toBe(true);
    expect(initial.some((line) => line.endsWith(': Business Unity South Africa | Busa | Busa'))).toBe(true);
  });

  it('leaves a bracketed place, party or cut name apart', () => {
    const place = mentionsOf('Mike Johnson (Louisiana) spoke on Monday.');
    const cut = mentionsOf(
      'The Securities and Exchange Commission (SEC) sued the firm. The SEC said it had lied.',
    );

    expect(place.some((line) => line.includes('Mike Johnson') && line.includes('Louisiana'))).toBe(false);
    expect(
      cut.some((line) => line.startsWith('organization:sec:') || line.includes('Commission | SEC')),
    ).toBe(true);
    expect(cut.some((line) => line.startsWith('organization:exchange-commission'))).toBe(false);
  });
});

describe("a bracketed acronym of the body's name in its own language", () => {
  it("joins the acronym whose letters are not the English name's to the name and its later mentions", () => {
    const party = entityWith(
      'The Baltic Farmers Union (LZS) said it would leave the coalition. The LZS holds four seats.',
      'LZS',
    );
    const owned = entityWith(
      "Georgia's State Security Service (SUS) said it had arrested two men. The SUS said they were spies.",
      'SUS',
    );

    expect(party).toBe('organization:baltic-farmers-union: Baltic Farmers Union | LZS | LZS');
    expect(owned?.split(': ')[1]).toBe('State Security Service | SUS | SUS');
  });

  it('joins the acronym after "of" and a country to the body named before them', () => {
    const body = entityWith(
      'The National Guard of Moldova (GNM) said it had moved troops. The GNM said the border was calm.',
      'GNM',
    );

    expect(body?.split(': ')[1]).toBe('National Guard | GNM | GNM');
  });

  it('reads a name with an Arabic article that the acronym spells as the body', () => {
    const group = entityWith('Jaysh al-Fatah (JAF) took the town. JAF said it held the airport.', 'JAF');

    expect(group).toBe('organization:jaysh-al-fatah: Jaysh al-Fatah | JAF | JAF');
  });

  it('leaves apart an acronym after the cut end of a longer name', () => {
    const names = mentionsOf(
      'Officials met the Eastern Low-fare Carriers Union (ELCU) on Monday. The ELCU said fares would rise.',
    );

    expect(names.some((line) => line.includes('Carriers Union | ELCU'))).toBe(false);
  });
});

describe('other names of one thing', () => {
  it('joins a nickname the text gives after "known as" to the person', () => {
    const names = mentionsOf(
      'Former President Joko Widodo backed the candidate. Widodo, widely known as Jokowi, left office in October. Jokowi said he would stay out of politics.',
    );

    expect(names).toContain('person:joko-widodo: Joko Widodo | Widodo | Jokowi | Jokowi');
  });

  it('joins an acronym read as a place to the body whose initials it is', () => {
    const names = mentionsOf(
      'The company jumped in its New York Stock Exchange debut on Thursday. The NYSE listing valued it at $6.4 billion.',
    );

    expect(names).toContain('organization:new-york-stock-exchange: New York Stock Exchange | NYSE');
  });

  it('joins a firm named by its country, a name and a head word to the name alone', () => {
    const names = mentionsOf(
      'China Evergrande Group was ordered to liquidate on Monday. Evergrande shares fell 20% in Hong Kong.',
    );

    expect(names).toContain('organization:china-evergrande-group: China Evergrande Group | Evergrande');
  });

  it('keeps a given name before a surname with a capitalised particle, and the surname alone later', () => {
    const names = mentionsOf(
      'Marine Le Pen told supporters in Henin-Beaumont that voters wanted change. Le Pen said the result was historic.',
    );

    expect(names).toContain('person:marine-le-pen: Marine Le Pen | Le Pen');
  });
});

describe('a name cut or glued to its neighbours', () => {
  it('keeps "Justice" ending a court before a full stop, and the demonym opening the court', () => {
    const names = mentionsOf(
      'Italy must comply with a recent judgment of the European Court of Justice. Meloni called the decision prejudiced.',
    );

    expect(names).toContain('organization:european-court-of-justice: European Court of Justice');
    expect(names.some((line) => line.startsWith('nationality:'))).toBe(false);
  });

  it('splits a firm or a people before a title from the holder the lists do not know', () => {
    const firm = mentionsOf(
      'QatarEnergy Chief Executive Saad al-Kaabi, who is also energy minister, signed the deal. Kaabi said more would follow.',
    );
    const people = mentionsOf(
      'Xi Jinping held talks with Lao President Thongloun Sisoulith in Beijing on Tuesday. Thongloun said the railway had helped trade.',
    );

    expect(firm).toContain('person:saad-al-kaabi: Saad al-Kaabi | Kaabi');
    expect(firm).toContain('organization:qatarenergy: QatarEnergy');
    expect(people).toContain('person:thongloun-sisoulith: Thongloun Sisoulith | Thongloun');
  });

  it('reads a town after a person\'s surname and "of" as the town, not a company ("parent of")', () => {
    const names = mentionsOf('"This is criminalizing poverty," said state Sen. Elena Parent of Atlanta.');

    expect(names).toContain('person:elena-parent: Elena Parent');
    expect(names.some((line) => line.startsWith('organization:atlanta'))).toBe(false);
  });
});

describe('names the sentence around them says more of', () => {
  it('reads a name of two words before an age in commas as a person, and its initials later as that person', () => {
    const names = mentionsOf(
      'Chad Daybell was convicted of killing Tammy Daybell and JJ Vallow, 7, and Tylee Ryan, 16. Relatives asked for justice for Tammy, JJ and Tylee.',
    );

    expect(
      names.some((line) => line.startsWith('person:jj-vallow: JJ Vallow') && line.endsWith('| JJ')),
    ).toBe(true);
    expect(names.some((line) => line.startsWith('organization:'))).toBe(false);
  });

  it('keeps "AI" ending a firm named by one word when no noun follows, and cuts it before one', () => {
    const firm = mentionsOf('Brussels courted startups such as Mistral AI, which raised money in Paris.');
    const field = mentionsOf('Nvidia AI chips sold out in March, the company said.');

    expect(firm.some((line) => line.includes(': Mistral AI'))).toBe(true);
    expect(field.some((line) => line.includes('Nvidia AI'))).toBe(false);
  });

  it('reads a country named like an ordinary word after a sentence-initial word as the country', () => {
    const names = mentionsOf('Neighbors Brazil, Argentina, Chile and Peru condemned the vote on Sunday.');

    expect(names.some((line) => line.includes('Neighbors'))).toBe(false);
    expect(names.some((line) => line.startsWith('place:iso:BR'))).toBe(true);
  });

  it("keeps a country's possessive apart from the firm after it, even a country named like a bird", () => {
    const names = mentionsOf("Turkey's Turkish Airlines ordered 225 Airbus jets on Monday.", undefined);

    expect(names.some((line) => line.includes(': Turkish Airlines'))).toBe(true);
    expect(names.some((line) => line.includes("Turkey's Turkish"))).toBe(false);
  });
});

describe('which name a short form belongs to', () => {
  it("joins a firm's one word to the firm that starts with it, not to a country's firm holding it", () => {
    const names = mentionsOf(
      'Cityquest Plc offered to buy Wickes Plc, Wickes said. The seller is a member of the U.S. Wickes Companies group. Wickes shares rose.',
    );

    expect(names).toContain('organization:wickes: Wickes Plc | Wickes | Wickes');
  });

  it('reads a body named through "of" by the acronym after it as an organisation', () => {
    const names = mentionsOf(
      'The Food Corporation of India (FCI) bought wheat on Monday. FCI said its stocks were ample.',
    );

    expect(names).toContain('organization:food-corporation-of-india: Food Corporation of India | FCI | FCI');
  });

  it('joins the short form written in capitals too', () => {
    const names = mentionsOf(
      'The World Anti-Doping Agency (Wada) said it would appeal. Wada chief Dick Pound said the WADA code was clear.',
    );

    expect(names).toContain(
      'organization:world-anti-doping-agency: World Anti-Doping Agency | Wada | Wada | WADA',
    );
  });

  it('keeps a firm the body names by one word before a longer name opening with it apart from that name', () => {
    const names = mentionsOf(
      'Sony launches its PlayStation Portable in Europe in March, Sony said. Sony is also releasing films from its own studio, Sony Pictures.',
    );

    expect(names).toContain('organization:sony: Sony | Sony | Sony');
    expect(names).toContain('organization:sony-pictures: Sony Pictures');
  });

  it('keeps a party or a firm named in full after its short name one entity', () => {
    const names = mentionsOf(
      'Labour said on Monday it would win. Labour leaders met in Brighton. The Labour Party conference opens today.',
    );

    expect(names).toContain('organization:labour-party: Labour | Labour | Labour Party');
  });
});

describe('names of firms and peoples that read as persons', () => {
  it("reads a name of two words ending in a brand's camel-case spelling as a firm", () => {
    const names = mentionsOf('Rivals Google DeepMind and Anthropic are developing similar techniques.');

    expect(names).toContain('organization:google-deepmind: Google DeepMind');
  });

  it("keeps a people's name apart from the party named with it", () => {
    const names = mentionsOf(
      'Te Pāti Māori co-leader Rawiri Waititi called it a death sentence for Māori, who smoke at higher rates.',
    );

    expect(names.some((line) => line.includes('Te Pāti Māori') && line.endsWith('| Māori'))).toBe(false);
  });

  it("joins a surname whose particle a sentence's start capitalised to the person named in full", () => {
    const names = mentionsOf(
      'A court rejected an appeal by shipping heir Maarten van der Berg on Tuesday. Van der Berg, 58, had argued that his firm did not know.',
    );

    expect(names).toContain('person:maarten-van-der-berg: Maarten van der Berg | Van der Berg');
  });

  it("reads a person whose surname is a firm's name as the person, with the surname alone later", () => {
    const cue = mentionsOf(
      'Paris Hilton launched a skincare brand on Tuesday. Hilton, 44, said the line would be sold online. The launch has no connection to Hilton Worldwide Holdings.',
    );
    const said = mentionsOf(
      'Paris Hilton urged lawmakers on Wednesday to pass the bill. "I was abused," Hilton said. Hilton said 120,000 children are placed in such facilities.',
    );

    expect(cue).toContain('person:paris-hilton: Paris Hilton | Hilton');
    expect(said).toContain('person:paris-hilton: Paris Hilton | Hilton | Hilton');
  });
});

describe('a ticker in brackets after a firm’s name, a comma and its legal form', () => {
  it('joins the firm', () => {
    const body =
      'BOSTON - Halvorsen Therapeutics, Inc. (Nasdaq: HLVT) said on Monday its drug met the main goal. HLVT shares rose 40 percent.';

    expect(entityWith(body, 'HLVT')).toBe(
      'organization:halvorsen-therapeutics: Halvorsen Therapeutics | HLVT | HLVT',
    );
  });
});
