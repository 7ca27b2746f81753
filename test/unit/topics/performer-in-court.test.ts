import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 36, topics36): a performer's court case is filed by the arts desk, crime behind.
const topIds = (result: TagResult) => result.topics.filter((t) => t.level === 1).map((t) => t.id);

describe("a performer's court case", () => {
  it('leads with the arts where the lead names the performer by trade', () => {
    const result = tagArticle({
      title: 'Sean Combs sentenced to 50 months in prison',
      body:
        "Music mogul Sean 'Diddy' Combs was sentenced to 50 months in prison on Friday after being convicted of " +
        'transporting people for prostitution. The rapper and producer, 55, was acquitted of the more serious ' +
        'charges of sex trafficking in July. His lawyers said he would appeal.',
    });

    expect(topIds(result).slice(0, 2)).toEqual([TOP_LEVEL.arts, TOP_LEVEL.crime]);
  });

  it("keeps crime first for a footballer's sentence and a gang that posed as producers", () => {
    const footballer = tagArticle({
      title: 'Footballer jailed for dangerous driving',
      body:
        'A Premier League footballer has been jailed for 18 months for dangerous driving after crashing his car at ' +
        '100mph, Manchester Crown Court heard. The judge said he had put lives at risk.',
    });
    const gang = tagArticle({
      title: 'Gang jailed over 20m pound cocaine plot',
      body:
        'Six men have been jailed for a total of 80 years for smuggling cocaine worth 20 million pounds through ' +
        'Felixstowe, the National Crime Agency said. One of them had posed as a music producer.',
    });

    expect(topIds(footballer)[0]).toBe(TOP_LEVEL.crime);
    expect(topIds(gang)[0]).toBe(TOP_LEVEL.crime);
  });

  it("keeps crime first, and lists no arts, where the headline's actors are a state's", () => {
    const result = tagArticle({
      title: 'Police arrest hackers linked to state actors',
      body:
        'Police in Spain arrested three hackers accused of stealing data from government websites for state actors, ' +
        'the interior ministry said. The suspects face charges of computer crime. Investigators said the group sold ' +
        'stolen files to foreign intelligence services.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.crime);
    expect(topIds(result)).not.toContain(TOP_LEVEL.arts);
  });

  it("keeps crime first where the headline's performer is someone's relation", () => {
    const result = tagArticle({
      title: "Actor's son charged with murder of flatmate",
      body:
        'The son of a Hollywood actor has been charged with murdering his flatmate at a flat in west London, the ' +
        "Metropolitan Police said. The 28-year-old will appear at Westminster Magistrates' Court on Monday. Officers " +
        'found the victim with stab wounds.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.crime);
  });

  it('keeps war first for an actor killed in an air strike', () => {
    const result = tagArticle({
      title: 'Actor killed in Gaza air strike',
      body:
        'A Palestinian actor and his family were killed in an Israeli air strike on their home in Gaza City, the ' +
        'civil defence agency said. The army said it targeted a Hamas militant.',
    });

    expect(topIds(result)[0]).toBe(TOP_LEVEL.conflict);
  });
});
