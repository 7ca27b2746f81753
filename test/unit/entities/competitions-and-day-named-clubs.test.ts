import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { typedNames } from './entities-of.js';

// wild39b ★7 and wild39a ★8 (the sport lines): competitions named with a plural's apostrophe, a club named by a
// weekday, a people's plural as a club, a given name as the other side, a tournament named by its town
// (session 40, ents40a). CoNLL's gold types tournaments MISC (`other`), clubs ORG.
describe('a competition named with a plural’s apostrophe', () => {
  it('is one name through the apostrophe', () => {
    // Arrange
    const body = 'In 1998 Chelsea won the European Cup Winners’ Cup in Stockholm.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('European Cup Winners’ Cup/other');
    expect(typedNames("Rory McIlroy won the Players' Championship on Monday.")).toContain(
      "Players' Championship/other",
    );
  });

  it('leaves a club’s possessive before a name of its own apart', () => {
    expect(typedNames("The Londoners' FA Cup run ended at Anfield.")).not.toContain(
      "Londoners' FA Cup/other",
    );
  });
});

describe('a club named by a weekday', () => {
  it('is the club the lists know, not its town', () => {
    const found = typedNames('Sheffield Wednesday sacked manager Danny Rohl on Tuesday.');

    expect(found).toContain('Sheffield Wednesday/organization');
    expect(found).not.toContain('Sheffield/place');
  });
});

describe('the sides of a match', () => {
  it('makes a people’s plural beside a side’s verb the club', () => {
    expect(
      typedNames('LeBron James scored 30 points as the Lakers beat the Celtics 110-102 on Sunday.'),
    ).toContain('Celtics/organization');
  });

  it('makes a given name alone after "against" on a sports page a club', () => {
    const body =
      "LONDON - Arsenal's striker fired a late winner against Chelsea on Saturday, killing off the visitors' hopes. The Gunners' attack was relentless.";

    const found = tagArticle({ title: 'Arsenal striker fires winner', body }).entities.map(
      (e) => `${e.name}/${e.type}`,
    );

    expect(found).toContain('Chelsea/organization');
  });
});

describe('a tournament named by its town', () => {
  it('is the event when a player wins it or before "final"', () => {
    const found = typedNames(
      'Jannik Sinner beat Carlos Alcaraz 4-6 6-4 6-4 6-4 to win Wimbledon on Sunday. Alcaraz had reached the Rotterdam final in February.',
    );

    expect(found).toContain('Wimbledon/other');
    expect(found).not.toContain('Wimbledon/place');
  });
});
