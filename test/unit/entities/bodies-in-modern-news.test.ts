import { describe, expect, it } from 'vitest';
import { entitiesOf, entityWith, typesOf } from './entities-of.js';

describe('regional blocs and agencies named with "and"', () => {
  it('reads the Southern African Development Community as a body, joined by SADC', () => {
    // Arrange
    const body =
      'The Southern African Development Community said it would send a fact-finding mission. SADC leaders meet on Friday.';

    // Act
    const entity = entityWith(body, 'SADC');

    // Assert
    expect(entity).toBe(
      'organization:southern-african-development-community: Southern African Development Community | SADC',
    );
  });

  it('reads "U.S. Customs and Border Protection" whole, joined by CBP', () => {
    const body =
      'U.S. Customs and Border Protection says fentanyl seizures fell in October. CBP gave no figure.';

    expect(entityWith(body, 'CBP')).toBe(
      'organization:us-customs-and-border-protection: U.S. Customs and Border Protection | CBP',
    );
  });

  it('reads "Immigration and Customs Enforcement" whole', () => {
    const body = 'Agents of Immigration and Customs Enforcement detained 40 people in Chicago on Monday.';

    expect(typesOf(entitiesOf(body)).get('Immigration and Customs Enforcement')).toEqual(['organization']);
  });

  it('keeps two bodies apart when the name after "and" is no listed one', () => {
    const body = 'U.S. Customs and Border Patrol Union officials met in Washington on Monday.';

    expect(typesOf(entitiesOf(body)).has('U.S. Customs and Border Patrol')).toBe(false);
  });
});
