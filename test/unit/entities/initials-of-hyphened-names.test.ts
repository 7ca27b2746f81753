import { describe, expect, it } from 'vitest';
import { entityWith } from './entities-of.js';

describe('a body’s initials that spell each part of a hyphened word', () => {
  it('join the body named in full ("WADA" of "World Anti-Doping Agency")', () => {
    // Arrange
    const body =
      'The World Anti-Doping Agency said on Monday it would appeal the ruling.\n\nWADA said the samples were valid.';

    // Act
    const entity = entityWith(body, 'WADA');

    // Assert
    expect(entity).toContain('World Anti-Doping Agency');
  });

  it('join a body whose name opens with a dotted abbreviation ("USADA")', () => {
    const body =
      'The U.S. Anti-Doping Agency banned the sprinter for two years.\n\nUSADA said she had missed three tests.';
    expect(entityWith(body, 'USADA')).toContain('U.S. Anti-Doping Agency');
  });

  it('join an agency whose hyphened word opens the name ("ISI")', () => {
    const body =
      "Pakistan's Inter-Services Intelligence agency denied the report.\n\nThe ISI said it had no role.";
    expect(entityWith(body, 'ISI')).toContain('Inter-Services Intelligence');
  });

  it('leave a different acronym apart', () => {
    const body =
      'The World Anti-Doping Agency said on Monday it would appeal.\n\nThe IOC said it would wait for the ruling.';
    expect(entityWith(body, 'IOC')).not.toContain('World Anti-Doping Agency');
  });
});
