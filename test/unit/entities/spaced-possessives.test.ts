import { describe, expect, it } from 'vitest';
import { joinSpacedPossessives } from '../../../functions/core/entities/spaced-possessives.js';
import { tagArticle } from '../../../functions/core/tag.js';

/** A pre-tokenised wire (one sentence a line, punctuation and possessives spaced off), as "name/type" of each entity. */
function wireEntities(sentence: string): string[] {
  const body = `NEWS - BRIEFS .\nLONDON 1996-09-14\n${sentence}`;
  return tagArticle({ body }).entities.map((e) => `${e.name}/${e.type}`);
}

/** Each body mention as its text, checked against the body at its offsets. */
function bodyMentions(sentence: string): string[] {
  const body = `NEWS - BRIEFS .\nLONDON 1996-09-14\n${sentence}`;
  const texts: string[] = [];
  for (const e of tagArticle({ body }).entities)
    for (const m of e.mentions)
      if (m.field === 'body') {
        expect(body.slice(m.start, m.end)).toBe(m.text);
        texts.push(m.text);
      }
  return texts;
}

describe('a possessive spaced off its word (pre-tokenised text) reads as the attached one', () => {
  it('keeps the owner opening the sentence, as "X\'s" does', () => {
    // Arrange
    const spaced = [
      "Mutombo 's cabinet approved the budget .",
      "Ravenna 's Ian Crowther scored twice .",
      "Dorvex 's chairman Peter Lamb resigned .",
    ];
    const attached = [
      "Mutombo's cabinet approved the budget.",
      "Ravenna's Ian Crowther scored twice.",
      "Dorvex's chairman Peter Lamb resigned.",
    ];

    // Act
    const read = spaced.map(wireEntities);
    const expected = attached.map(wireEntities);

    // Assert
    expect(read).toEqual(expected);
    expect(read[0]).toContain('Mutombo/person');
    expect(read[2]).toContain('Dorvex/organization');
  });

  it('gives the owner alone as the mention, at exact offsets', () => {
    const mentions = bodyMentions("Dorvex 's chairman Peter Lamb resigned .");

    expect(mentions).toContain('Dorvex');
    expect(mentions.some((m) => m.includes("'"))).toBe(false);
  });

  it('keeps a name written with the possessive whole, its mention the text as written', () => {
    const mentions = bodyMentions("The Ruritanian People 's Party won , and Lloyd 's of London lost money .");

    expect(mentions).toContain("Ruritanian People 's Party");
    expect(mentions).toContain("Lloyd 's of London");
  });

  it('takes the space out before the possessive, and leaves quotation marks alone', () => {
    // Arrange
    const text = "Dorvex 's chairman and the workers ' union , ' he said , ' keep going";

    // Act
    const joined = joinSpacedPossessives(text);

    // Assert
    expect(joined?.text).toBe("Dorvex's chairman and the workers' union , ' he said , ' keep going");
    expect(joined?.joins).toEqual([6, 34]);
    expect(joinSpacedPossessives("He said , ' keep going '")).toBeUndefined();
    expect(joinSpacedPossessives("He is known as ' The Butcher ' in Bosnia .")).toBeUndefined();
  });

  it('keeps a name that goes on after the possessive, opening the sentence or in a results line', () => {
    // Arrange
    const sentences = [
      "Vandor 's Corp opened 500 restaurants .",
      "Men 's singles : Tan Boon Heong ( Malaysia ) beat Agus Wirawan ( Indonesia ) 15-5 15-6",
      "1812 - Napoleon 's army invaded Russia .",
    ];

    // Act
    const read = sentences.map(wireEntities);

    // Assert
    expect(read[0]).toContain("Vandor's Corp/organization");
    expect(read[1]).toContain('Tan Boon Heong/person');
    expect(read[1]).toContain('Agus Wirawan/person');
    expect(read[2]).toContain('Napoleon/person');
  });

  it('keeps a listed firm named with "and" whole before its possessive, spaced or attached', () => {
    expect(wireEntities("Marks and Spencer 's chairman said profits would rise .")).toContain(
      'Marks & Spencer/organization',
    );
    expect(wireEntities("Marks and Spencer's chairman said profits would rise.")).toContain(
      'Marks & Spencer/organization',
    );
    expect(wireEntities("Marks and Spencer's chairman said profits would rise.")).not.toContain(
      'Spencer/organization',
    );
  });
});
