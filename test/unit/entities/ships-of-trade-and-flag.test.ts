import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { entitiesOf, typesOf } from './entities-of.js';

// Session 43 (mendE43, wild43 item 9): merchant ships named after "container ship", "cruise ship", "vessel",
// "ferry", "bulk carrier" or a flag ("the Singapore-flagged Dali") are ships, no people.

describe('a merchant ship named after its kind or its flag', () => {
  it('reads the name after a ship of trade, a vessel, a ferry or a bulk carrier as the ship', () => {
    // Arrange
    const body =
      'The container ship Harold Benton lost power. The cruise ship Ruby Marlow docked in Sydney. ' +
      'The vessel Kestrel Morning was seized, the ferry Anna Lindqvist sank and the bulk carrier Sophie Lane was hit.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    for (const ship of ['Harold Benton', 'Ruby Marlow', 'Kestrel Morning', 'Anna Lindqvist', 'Sophie Lane'])
      expect(types.get(ship)).toEqual(['other']);
  });

  it('reads the name after a flag state as the ship', () => {
    const types = typesOf(
      entitiesOf('The Singapore-flagged Dali, operated by a Danish firm, hit the bridge.'),
    );

    expect(types.get('Dali')).toEqual(['other']);
  });

  it('keeps a name after "ship" or "ferry" used as a verb', () => {
    const types = typesOf(
      entitiesOf('Engineers ship Harold Benton the parts on Monday. Buses ferry Maria Lopez to the border.'),
    );

    expect(types.get('Harold Benton')).toEqual(['person']);
    expect(types.get('Maria Lopez')).toEqual(['person']);
  });

  it('gives no topic from the words of a ship named after its flag or trade', () => {
    const topics = tagArticle({
      body: 'The Liberian-flagged Galaxy Leader was seized by the Houthis in the Red Sea on Sunday.',
    }).topics.map((t) => t.label);

    expect(topics).not.toContain('astronomy');
  });
});
