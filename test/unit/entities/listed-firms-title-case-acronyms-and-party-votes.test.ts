import { describe, expect, it } from 'vitest';
import { mentionsOf, typedNames } from './entities-of.js';

describe('a firm the country stage lists, named by one word', () => {
  it('reads it as the firm before "said", where a word no list knows would be a speaker', () => {
    const speaks = typedNames('Sonatrach said on Tuesday that gas exports to Italy fell in November.');
    const owned = typedNames('The pension fund bought a larger stake in Nedbank last month.');

    expect(speaks).toContain('Sonatrach/organization');
    expect(speaks).not.toContain('Sonatrach/person');
    expect(owned).toContain('Nedbank/organization');
  });

  it('leaves a founder\'s surname the story writes after his given name, or takes up as "he", a person', () => {
    const founder = typedNames(
      'Aliko Dangote opened a fertiliser plant on Friday. Dangote said he would list the company next year.',
    );
    const he = typedNames('Swire said he would retire from the board in March.');

    expect(founder).toContain('Aliko Dangote/person');
    expect(founder).not.toContain('Dangote/organization');
    expect(he).toContain('Swire/person');
  });
});

describe("a listed body's acronym written in title case", () => {
  it('reads "Opec", "Unicef", "Umno" as the bodies, with the ids of their capitals', () => {
    const opec = mentionsOf('Opec said on Thursday that it would keep output steady until June.');
    const unicef = mentionsOf('Unicef said 40,000 children had been vaccinated in the camps.');
    const umno = mentionsOf('Umno said it would field candidates in every seat in Johor.');

    expect(opec).toContain('organization:opec: Opec');
    expect(unicef).toContain('organization:unicef: Unicef');
    expect(umno.some((line) => line.startsWith('organization:umno:'))).toBe(true);
  });

  it('leaves a word that is also an ordinary word or a given name to its own reading ("Who", "Isis")', () => {
    const isis = typedNames('Isis said she would sing at the festival in Cork.');
    const who = typedNames('Who said the plan would work?');

    expect(isis.some((name) => name.startsWith('Islamic State'))).toBe(false);
    expect(who.some((name) => name.startsWith('World Health'))).toBe(false);
  });
});

describe('a body that says it would vote, abstain or field candidates', () => {
  it('reads the party as a body, not a person', () => {
    const vote = typedNames('Korvana said on Wednesday it would vote against the budget in parliament.');
    const field = typedNames('Velmoro said it would field candidates in all 40 districts.');
    const that = typedNames('Dravida said on Monday that it would abstain in the confidence vote.');

    expect(vote).toContain('Korvana/organization');
    expect(field).toContain('Velmoro/organization');
    expect(that).toContain('Dravida/organization');
  });

  it('keeps a person who "would vote" as "he" a person', () => {
    const entities = typedNames('Hallström said on Monday he would vote against the budget.');

    expect(entities).toContain('Hallström/person');
  });
});
