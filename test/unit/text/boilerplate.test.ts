import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { withoutBoilerplate, withoutWireSlug } from '../../../functions/core/text/boilerplate.js';
import { detectDateline } from '../../../functions/core/text/dateline.js';

const entityIds = (article: { title?: string; body: string }) =>
  tagArticle(article).entities.map((e) => e.id);

describe('a press release dateline', () => {
  it.each([
    ['DENVER, April 2, 2025 /PRNewswire/ -- Orchard Foods Inc. opened a plant.', 'DENVER'],
    ['AUSTIN, Texas--(BUSINESS WIRE)--Lumen Labs raised $40 million.', 'AUSTIN, Texas'],
    [
      'SAN JOSE, Calif., Oct. 7, 2025 (GLOBE NEWSWIRE) -- Vela Chips Inc. reported sales.',
      'SAN JOSE, Calif.',
    ],
    ['VANCOUVER, BC / ACCESSWIRE / May 9, 2025 / Pine Gold Corp. drilled a new hole.', 'VANCOUVER, BC'],
  ])('is read in %j, place %j', (body, place) => {
    const dateline = detectDateline(body);

    expect(dateline?.place).toBe(place);
    expect(dateline && body.slice(dateline.end)).toMatch(/^[A-Z]\w+ \w+/);
  });

  it('does not make the distributor an entity, and still names the company', () => {
    const ids = entityIds({
      body: 'AUSTIN, Texas--(BUSINESS WIRE)--Lumen Labs raised $40 million from investors.',
    });

    expect(ids).toContain('organization:lumen-labs');
    expect(ids.some((id) => id.includes('wire'))).toBe(false);
  });
});

describe('a wire slug before a headline', () => {
  it.each([
    ['UPDATE 2-Chile raises rates again', '         Chile raises rates again'],
    ['ANALYSIS-After the vote, Lagos waits', '         After the vote, Lagos waits'],
    ['CORRECTED - MINERS STRIKE IN PERU', '            MINERS STRIKE IN PERU'],
    ['RPT-EXCLUSIVE-Ports reopen', '              Ports reopen'],
    ['BREAKING: Quake hits Crete', '          Quake hits Crete'],
  ])('is blanked in %j, keeping the length', (title, blanked) => {
    expect(withoutWireSlug(title)).toBe(blanked);
  });

  it.each([['CANADA-EGYPT WHEAT TALKS TO CONTINUE'], ['UPDATE ON TALKS EXPECTED'], ['Focus-group results']])(
    'leaves %j alone',
    (title) => {
      expect(withoutWireSlug(title)).toBe(title);
    },
  );

  it('is neither a name nor topic evidence, and mentions still index the title as given', () => {
    const title = 'ANALYSIS-After Pahalgam, Delhi weighs a software update';
    const result = tagArticle({ title, body: 'Officials in New Delhi met on Monday.' });

    const mentions = result.entities.flatMap((e) => e.mentions).filter((m) => m.field === 'title');
    expect(result.entities.map((e) => e.id)).not.toContain('person:analysis-after-pahalgam');
    expect(mentions.map((m) => title.slice(m.start, m.end))).toEqual(mentions.map((m) => m.text));
    expect(mentions.map((m) => m.text)).toContain('Pahalgam');
  });
});

describe('boilerplate in a body', () => {
  it('blanks notices to readers and reporters’ credits, keeping the length', () => {
    const body =
      'Police closed the road.\n\nTHIS IS A DEVELOPING STORY. CHECK BACK FOR UPDATES.\n(Reporting by Ann Lee in Lima; Editing by Tom Fry)';

    const cleaned = withoutBoilerplate(body, undefined);

    expect(cleaned.length).toBe(body.length);
    expect(cleaned.trim()).toBe('Police closed the road.');
  });

  it('blanks a press release from its forward-looking statements or contacts to the end', () => {
    const body = [
      'Orchard Foods Inc. opened a plant in Ohio.',
      'Forward-Looking Statements\nThis release contains forward-looking statements.',
      'Media Contact:\nJane Roe, Orchard Foods',
    ].join('\n\n');

    expect(withoutBoilerplate(body, undefined).trim()).toBe('Orchard Foods Inc. opened a plant in Ohio.');
  });

  it('keeps news that uses the same words in sentences', () => {
    const body =
      'Contacts between the two sides resumed.\n\n"This is a developing crisis," the envoy said, adding that she would check back with ministers.';

    expect(withoutBoilerplate(body, undefined)).toBe(body);
  });

  it('keeps the rest of a story after a bare "Contact" heading in its first half', () => {
    const body = [
      'Peru and Chile restored ties on Tuesday.',
      'Contact',
      'The two sides had no contact for a decade before Tuesday.',
      'Negotiators from Peru and Chile met in Lima and agreed to reopen the border crossing next month.',
    ].join('\n\n');

    expect(withoutBoilerplate(body, undefined)).toContain('Negotiators from Peru and Chile');
  });

  it('cuts a release from its "About <Company>" section when media contacts follow', () => {
    const body = [
      'The study was published today in a medical journal.',
      'About Northfield University',
      'Northfield University is one of the largest universities in the region, with 50,000 students.',
      'Media contact: press@northfield.example',
    ].join('\n\n');

    expect(withoutBoilerplate(body, undefined).trim()).toBe(
      'The study was published today in a medical journal.',
    );
  });

  it('keeps an "About …" subheading in a story with no release tail', () => {
    const body = [
      'Voters in the region go to the polls on Sunday.',
      'About the vote',
      'Polling stations open at 7 a.m. and close at 8 p.m., officials said.',
      'Results are expected on Monday.',
    ].join('\n\n');

    expect(withoutBoilerplate(body, undefined)).toBe(body);
  });

  it('leaves no entity from the tail of a release', () => {
    const ids = entityIds({
      body: 'Orchard Foods Inc. opened a plant in Ohio.\n\nInvestor Contact:\nMark Steel, IR\n\nSOURCE Orchard Foods Inc.',
    });

    expect(ids.filter((id) => /steel|contact|ir$|source/.test(id))).toEqual([]);
  });
});

describe('trailers of other wires and publishers', () => {
  it('blanks an AP contributors line, a Bloomberg assistance and copyright line, and newsletter and related links', () => {
    const story = 'The central bank kept its main rate at 4% on Thursday.';
    const body = [
      story,
      'Sign up for our breaking news email',
      'Related: Markets brace for a long pause in rate cuts',
      'Associated Press writers Ada Okoro in Lagos and Luc Martin in Dakar, Senegal, contributed to this report.',
      '--With assistance from Mei Lin.',
      '©2025 Bloomberg L.P.',
    ].join('\n\n');

    const cleaned = withoutBoilerplate(body, undefined);

    expect(cleaned.length).toBe(body.length);
    expect(cleaned.trim()).toBe(story);
  });

  it.each([['©2025 Harbour Gazette Ltd.'], ['(c) 2024 Valley Courier Media'], ['(C)2023 Northern Post']])(
    'blanks a copyright line that is the only trailer ("%s")',
    (line) => {
      const story = 'The town council approved a new budget for its two libraries on Monday.';
      const body = `${story}\n\n${line}`;

      const cleaned = withoutBoilerplate(body, undefined);

      expect(cleaned.length).toBe(body.length);
      expect(cleaned.trim()).toBe(story);
    },
  );

  it('blanks a paper’s links to other stories, advertisement markers, follow and newsletter lines', () => {
    const lead = 'The city council approved the new budget on Tuesday.';
    const rest = 'Councillors voted 12 to 3 after a four-hour debate.';
    const body = [
      lead,
      'READ: Mayor orders audit of road contracts after Osaka trip',
      'ADVERTISEMENT',
      rest,
      'ALSO READ: Coast guard fires water cannon near the shoal',
      'Subscribe to our daily newsletter',
      'By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy.',
      'Follow City Business on X, LinkedIn and Facebook for insights on business and finance from across the region.',
      'Published in The Courier, December 9th, 2025',
    ].join('\n\n');

    const cleaned = withoutBoilerplate(body, undefined);

    expect(cleaned.length).toBe(body.length);
    expect(cleaned.split(/\s*\n\s*/).filter(Boolean)).toEqual([lead, rest]);
  });

  it('blanks every one of 500 advertisement markers of a long page, each in its place, keeping the length', () => {
    const paragraphs = Array.from(
      { length: 500 },
      (_, i) => `Paragraph ${i + 1} of the council's long report.`,
    );
    const body = paragraphs
      .map((p) => `${p}\n\nADVERTISEMENT\n\nRelated: Budget vote ${p.length}`)
      .join('\n\n');

    const cleaned = withoutBoilerplate(body, undefined);

    expect(cleaned.length).toBe(body.length);
    expect(cleaned.split(/\s*\n\s*/).filter(Boolean)).toEqual(paragraphs);
    expect(cleaned.indexOf('Paragraph 500')).toBe(body.indexOf('Paragraph 500'));
  });

  it.each([
    ['Also read: '],
    ['ALSO READ | '],
    ['Also Read - '],
    ['Watch: '],
    ['WATCH | '],
    ['Recommended: '],
    ['Suggested reading: '],
    ['Don’t miss: '],
    ['Lea también: '],
    ['Leia também: '],
    ['À lire aussi – '],
    ['Lesen Sie auch: '],
    ['Mehr zum Thema: '],
    ['Leggi anche: '],
  ])('blanks a link to another story labelled "%s"', (label) => {
    const lead = 'The city council approved a new bus terminal on Tuesday.';
    const rest = 'The terminal will hold 400 buses and open next year.';
    const body = [lead, `${label}Harbour strike enters its third week (2:31)`, rest].join('\n\n');

    const cleaned = withoutBoilerplate(body, undefined);

    expect(cleaned.length).toBe(body.length);
    expect(cleaned.split(/\s*\n\s*/).filter(Boolean)).toEqual([lead, rest]);
  });

  it('gives no country from the headline a link label names', () => {
    const result = tagArticle({
      title: 'Council approves bus terminal',
      body:
        'NAIROBI — The county assembly approved plans for a new bus terminal on Tuesday.\n\n' +
        'ALSO READ | Floods close schools across Peru\n\nThe terminal will open next year, officials said.',
    });

    expect(result.countries.map((c) => c.code)).toEqual(['KE']);
  });

  it('keeps a sentence that starts with "Read" or "Follow" in running text', () => {
    const body =
      'Read the full ruling, the judge told lawyers.\n\nFollow the river north and you reach the dam.';

    expect(withoutBoilerplate(body, undefined)).toBe(body);
  });

  it('gives no country from a line of other agencies’ reporting', () => {
    const result = tagArticle({
      body: 'The central bank kept its main rate at 4% on Thursday.\n\n(With reporting by Reuters and AFP in Paris)',
    });

    expect(result.countries.map((c) => c.code)).not.toContain('FR');
  });

  it('gives no reporter, place or country from a contributors line', () => {
    const result = tagArticle({
      body:
        'The central bank kept its main rate at 4% on Thursday.\n\n' +
        'Associated Press writers Ada Okoro in Lagos and Luc Martin in Dakar, Senegal, contributed to this report.',
    });

    expect(result.countries.map((c) => c.code)).not.toContain('SN');
    expect(result.entities.map((e) => e.id).filter((id) => /okoro|martin|dakar/.test(id))).toEqual([]);
  });

  it('keeps a sentence that says who contributed to a fund, and a related story told in running text', () => {
    const body =
      'Norway contributed to this report’s funding, the institute said.\n\nRelated talks will resume in Oslo.';

    expect(withoutBoilerplate(body, undefined)).toBe(body);
  });
});

describe('an agency’s sign-off at the end of a story', () => {
  const story = 'ISRO officials said the data would be shared with scientists across the country.';

  it.each([
    ['PTI desk initials after the last sentence', `${story} PTI GS RS ANE`],
    ['IANS with its editors’ initials on the next line', `${story}\n\n--IANS\nak/dpb`],
    ['Xinhua’s "Enditem"', `${story} Enditem`],
    ['KUNA’s "(end)" with initials', `${story}\n(end) ab.gb`],
    ['UNI initials on their own line', `${story}\nUNI XC RN`],
    ['Reuters’ 1980s "REUTER" on a line of its own', `${story}\n REUTER`],
    ['Reuters’ 1980s "Reuter" after the last sentence', `${story} Reuter`],
  ])('blanks %s, keeping the length', (_kind, body) => {
    const cleaned = withoutBoilerplate(body, undefined);

    expect(cleaned.length).toBe(body.length);
    expect(cleaned.trim()).toBe(story);
  });

  it('keeps a last sentence that ends with a source named Reuters', () => {
    const body = `${story}\nThe figures were first reported by Reuters.`;

    expect(withoutBoilerplate(body, undefined)).toBe(body);
  });

  it('keeps a last sentence that opens with the agency’s letters', () => {
    const body = `${story}\nPTI chairman Gohar Ali Khan declined to comment.`;

    expect(withoutBoilerplate(body, undefined)).toBe(body);
  });

  it('makes no entity of the initials and no Pakistan of "PTI"', () => {
    const result = tagArticle({
      title: 'ISRO’s solar probe reaches its halo orbit',
      body: `Bengaluru, Jan 6 (PTI) India's first solar mission reached its orbit on Saturday. ${story} PTI GS RS ANE`,
    });

    expect(result.entities.map((e) => e.name)).not.toContain('PTI GS RS ANE');
    expect(result.countries.map((c) => c.code)).not.toContain('PK');
  });
});

describe('the securities legends of a release (wild59)', () => {
  const release =
    'Pinecrest Metals Announces $30 Million Bought Deal Financing\n\n' +
    '/NOT FOR DISTRIBUTION TO UNITED STATES NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES/\n\n' +
    'TORONTO, Dec. 7, 2026 /CNW/ - Pinecrest Metals Corp. is pleased to announce a bought deal financing of ' +
    '20,000,000 common shares to advance its copper project in northern Ontario.\n\n' +
    'The securities have not been registered under the United States Securities Act of 1933, as amended, and may ' +
    'not be offered or sold in the United States absent registration or an applicable exemption.\n';

  it('gives no country from the lines that say where the shares are not sold', () => {
    // Act
    const countries = tagArticle({ body: release }).countries.map((c) => c.code);

    // Assert
    expect(countries).toEqual(['CA']);
  });

  it('keeps a story that says a drug is not for distribution in the United States', () => {
    // Act
    const countries = tagArticle({
      body: 'The vaccine is not for distribution in the United States until regulators approve it, Pfizer said.',
    }).countries.map((c) => c.code);

    // Assert
    expect(countries).toContain('US');
  });

  it.each([
    [
      "an SEC story's unregistered tokens",
      'NEW YORK (Reuters) - The U.S. Securities and Exchange Commission sued the crypto exchange Zentrix on Tuesday, saying the tokens it sold had not been registered under the Securities Act. Zentrix, based in the Cayman Islands, said it would fight the case. Chief executive Dana Whitlock said the case had no merit.',
      ['US', 'KY'],
    ],
    [
      'a one-line release with the newswire phrase',
      'Pinecrest Metals Corp. said on Tuesday it raised C$30 million to develop its copper mine in Ontario. The offering is not for distribution to U.S. newswire services. Chief executive Jane Roe said drilling would start in March.',
      ['CA'],
    ],
  ])('keeps the story of a body given as one line: %s (review59)', (_, body, codes) => {
    // Act
    const result = tagArticle({ body });

    // Assert
    expect(result.countries.map((c) => c.code).sort()).toEqual([...codes].sort());
    expect(result.entities.map((e) => e.name)).toContain(body.includes('Zentrix') ? 'Zentrix' : 'Jane Roe');
  });

  it("blanks a legend's sentence, not the paragraph it stands in", () => {
    // Arrange
    const body =
      'TORONTO, Dec. 7, 2026 /CNW/ - Pinecrest Metals Corp. raised C$30 million for its Ontario copper mine. The ' +
      'securities being offered have not been, nor will they be, registered under the United States Securities Act ' +
      'of 1933, as amended (the "U.S. Securities Act"), and may not be offered or sold in the United States or to ' +
      'U.S. persons absent registration. Chief executive Jane Roe said drilling would start in March.';

    // Act
    const text = withoutBoilerplate(body, undefined);

    // Assert
    expect(text).toHaveLength(body.length);
    expect(text).toContain('for its Ontario copper mine.');
    expect(text).toContain('Chief executive Jane Roe said drilling would start in March.');
    expect(text).not.toContain('United States');
  });

  it('blanks the legends, keeping the length', () => {
    // Act
    const text = withoutBoilerplate(release, undefined);

    // Assert
    expect(text).toHaveLength(release.length);
    expect(text).not.toContain('UNITED STATES');
    expect(text).not.toContain('Securities Act');
    expect(text).toContain('copper project in northern Ontario');
  });
});

describe('a promotion of other coverage whose link is gone with its markup (review63)', () => {
  it.each([
    ['Follow our coverage of the war in Ukraine.'],
    ["Follow AP's coverage of the war in Ukraine."],
    ['This live blog is now closed. Follow our latest coverage of the war in Ukraine.'],
    ['The live page has ended.'],
  ])('blanks "%s" under the story', (line) => {
    const body = `NAIROBI — Tea prices rose at the Mombasa auction.\n\n${line}`;

    const text = withoutBoilerplate(body, undefined);

    expect(text).toContain('Tea prices rose');
    expect(text).not.toContain('Ukraine');
    expect(text).not.toContain('live');
  });

  it.each([
    ['Reporters in Ukraine follow the coverage of the war closely.'],
    ['Follow the money, investigators in Ukraine said.'],
  ])('keeps the story’s sentence "%s"', (line) => {
    const body = `NAIROBI — Tea prices rose at the Mombasa auction.\n\n${line}`;

    expect(withoutBoilerplate(body, undefined)).toContain(line);
  });
});
