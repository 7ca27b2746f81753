import { describe, expect, it } from 'vitest';
import { entitiesOf, typesOf } from './entities-of.js';

// Invented weather bulletins (session 54, wild53 Y5): a storm's landfall and a signal raised over provinces.
const types = (body: string, title?: string) => typesOf(entitiesOf(body, title));

describe('the places a storm bulletin names', () => {
  it('reads every member of a landfall list joined by "or" as a place', () => {
    // Arrange
    const body =
      'The weather bureau said tropical storm Kristine was expected to make landfall over Isabela or Aurora on Thursday.';

    // Act
    const result = types(body);

    // Assert
    expect(result.get('Isabela')).toEqual(['place']);
    expect(result.get('Aurora')).toEqual(['place']);
  });

  it('reads the provinces a signal was raised over as places', () => {
    const result = types('Signal No. 2 was raised over Catanduanes, Camarines Sur and Albay on Wednesday.');

    expect(result.get('Catanduanes')).toEqual(['place']);
    expect(result.get('Camarines Sur')).toEqual(['place']);
    expect(result.get('Albay')).toEqual(['place']);
  });

  it('reads what a headline storm is to hit as a place', () => {
    const result = types('The storm was expected to weaken by Friday.', 'Storm to hit Bicol');

    expect(result.get('Bicol')).toEqual(['place']);
  });

  it('leaves a firm that concerns were raised over to the firm', () => {
    const result = types('Concerns were raised over Zentrix on Friday after the firm missed its targets.');

    expect(result.get('Zentrix')).not.toEqual(['place']);
  });
});
