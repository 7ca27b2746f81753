import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a word opened by the Arabic article and a hyphen that "it" takes up', () => {
  it('reads it as a body, also opening the sentence', () => {
    const opening = typedNames('Al-Qudra said on Tuesday that it would reopen its clinics in the north.');
    const inside = typedNames('On Sunday, Al-Qudra said it had suspended the programme.');

    expect(opening).toContain('Al-Qudra/organization');
    expect(inside).toContain('Al-Qudra/organization');
  });

  it('keeps a surname the story gives after a given name, or one "he" takes up, a person', () => {
    const surname = typedNames(
      'Karim al-Zawi chaired the meeting in Basra. Al-Zawi said it would take months to rebuild the bridge.',
    );
    const he = typedNames('Al-Zawi said on Tuesday that he would resign.');

    expect(surname).toContain('Karim al-Zawi/person');
    expect(he).not.toContain('Al-Zawi/organization');
  });
});

describe('given names that kinship words introduce', () => {
  it('reads the relatives of an obituary as people, whatever else the lists know the words for', () => {
    const apposed = typedNames('He is survived by his wife, Nancy, and three grandchildren.');
    const listed = typedNames('She was the mother of Shanice, Delroy and Tavia.');

    expect(apposed).toContain('Nancy/person');
    expect(listed).toEqual(expect.arrayContaining(['Shanice/person', 'Delroy/person', 'Tavia/person']));
  });

  it('leaves a place after "father of" or "sisters of", and a name before a noun to their own readings', () => {
    const founder = typedNames('He is remembered as the father of Ghana.');
    const modifier = typedNames('He is the son of Leeds legend Billy Bremner.');

    const from = typedNames('The bakery belongs to the Okafor sisters of Winnipeg.');

    expect(founder).toContain('Ghana/place');
    expect(modifier).not.toContain('Leeds/person');
    expect(from).not.toContain('Winnipeg/person');
  });
});
