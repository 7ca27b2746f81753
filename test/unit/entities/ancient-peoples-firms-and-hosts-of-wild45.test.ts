import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('"Roman", the ancient people, beside "Roman", the given name (wild45 13)', () => {
  it('reads "a Roman villa" and "Roman coins" as the people, as "Viking" is, not a person', () => {
    // Arrange
    const body =
      'Archaeologists found a Roman villa near Bath. Metal detectorists found a hoard of Roman coins and a Viking sword.';

    // Act
    const entities = typedNames(body);

    // Assert
    expect(entities).toEqual(expect.arrayContaining(['Roman/other', 'Viking/other', 'Bath/place']));
    expect(entities).not.toContain('Roman/person');
  });

  it('keeps Roman a person where it opens a full name, follows a title or acts alone after the full name', () => {
    // Arrange
    const full = 'Roman Abramovich bought a Roman villa.';
    const titled = 'Judge Roman ruled on Monday.';
    const alone = 'Striker Roman Yaremchuk scored. Roman scored again.';

    // Act
    const [a, b, c] = [typedNames(full), typedNames(titled), typedNames(alone)];

    // Assert
    expect(a).toEqual(expect.arrayContaining(['Roman Abramovich/person', 'Roman/other']));
    expect(b).toEqual(['Roman/person']);
    expect(c).toEqual(['Roman Yaremchuk/person']);
  });
});
