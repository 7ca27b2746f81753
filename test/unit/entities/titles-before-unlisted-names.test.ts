import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('a title inside a run before a name no list knows', () => {
  it('splits "Tesla CEO Elon Musk" into the firm and the person', () => {
    const entities = typedNames('The plan was welcomed by Tesla CEO Elon Musk on Monday.');

    expect(entities).toContain('Tesla/organization');
    expect(entities).toContain('Elon Musk/person');
  });

  it('splits a body\'s initials and a place from the holder: "FBI Director", "Delhi Chief Minister"', () => {
    const entities = typedNames(
      'FBI Director Kash Patel told reporters the case was closed. Delhi Chief Minister Rekha Gupta ' +
        'visited the site. IOC President Kirsty Coventry opened the session.',
    );

    expect(entities).toContain('Kash Patel/person');
    expect(entities).toContain('Rekha Gupta/person');
    expect(entities).toContain('Kirsty Coventry/person');
    expect(entities).toContain('Delhi/place');
  });

  it('reads "Administrator" as a title before a name', () => {
    const entities = typedNames('NASA Administrator Sean Duffy spoke in Houston.');

    expect(entities).toContain('Sean Duffy/person');
    expect(entities).toContain('NASA/organization');
  });

  it('keeps a run whose words after the title are ordinary words or a body', () => {
    const entities = typedNames(
      'The Bank President Award went to a teacher. She met the IOC President Emeritus Committee.',
    );

    expect(entities).not.toContain('President Award/person');
    expect(entities).not.toContain('Emeritus Committee/person');
  });
});
