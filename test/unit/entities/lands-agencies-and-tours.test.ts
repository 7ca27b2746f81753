import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('names of lands, peoples, agencies and tours (review33 E4–E6, E10; session 32 leftovers)', () => {
  it('reads a name before a land’s noun as a place ("Iceland’s Reykjanes peninsula", "the Amalfi coast")', () => {
    // Arrange
    const body = "A volcano on Iceland's Reykjanes peninsula erupted. Tourists returned to the Amalfi coast.";

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Reykjanes/place');
    expect(found).toContain('Amalfi/place');
  });

  it('reads an "-ian" word before a people’s leaders as their adjective ("Transnistrian leader")', () => {
    const found = typedNames('Transnistrian leader Vadim Krasnov accused Chisinau of a blockade.');
    expect(found).not.toContain('Transnistrian/person');
    expect(found).toContain('Vadim Krasnov/person');
    expect(typedNames('Petrosian said the deal was fair.')).toContain('Petrosian/person');
  });

  it('keeps "Ste." (Sainte) inside a town’s name ("Sault Ste. Marie")', () => {
    expect(typedNames('The steel mill in Sault Ste. Marie will close in June.')).toContain(
      'Sault Ste. Marie/place',
    );
  });

  it('reads a wire agency named by a word as an organisation ("Xinhua said")', () => {
    expect(typedNames('Residents of Beijing felt tremors, Xinhua said.')).toContain('Xinhua/organization');
  });

  it('reads a tour’s circuit as no place ("on the Challenger circuit") but a race ground as one', () => {
    expect(
      typedNames('Alvarez spent two years on the Challenger circuit before breaking through.'),
    ).not.toContain('Challenger/place');
    expect(typedNames('Verstappen won on the Suzuka circuit on Sunday.')).toContain('Suzuka/place');
  });

  it('reads one word after "mission" or "operation" as the operation’s name, no person ("mission Aspides")', () => {
    const found = typedNames('A frigate of the EU naval mission Aspides said it had shot down two drones.');
    expect(found).not.toContain('Aspides/person');
    expect(found).toContain('Aspides/other');
  });
});
