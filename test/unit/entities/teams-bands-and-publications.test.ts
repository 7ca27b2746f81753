import { describe, expect, it } from 'vitest';
import { typedNames } from './entities-of.js';

describe('the team someone drives, rides or plays for', () => {
  it('is an organisation though a given name ("drive for Mercedes")', () => {
    // Arrange
    const body = 'Kimi Antonelli will drive for Mercedes next season, replacing Lewis Hamilton.';

    // Act
    const found = typedNames(body);

    // Assert
    expect(found).toContain('Mercedes/organization');
    expect(found).toContain('Kimi Antonelli/person');
  });

  it('leaves a country to the national side’s rules ("plays for Ghana")', () => {
    expect(typedNames('Mohammed Kudus, who plays for Ghana, was named player of the month.')).not.toContain(
      'Ghana/organization',
    );
  });
});

describe('a name of three hyphened sponsors', () => {
  it('is a team, no person ("Red Bull-Bora-Hansgrohe")', () => {
    const found = typedNames('Primoz Roglic of Red Bull-Bora-Hansgrohe took the leader’s jersey on Sunday.');
    expect(found).toContain('Red Bull-Bora-Hansgrohe/organization');
  });

  it('leaves a double-barrelled surname a person ("Daniel Day-Lewis")', () => {
    expect(typedNames('Daniel Day-Lewis returns to the screen this week.')).toContain(
      'Daniel Day-Lewis/person',
    );
  });
});

describe('a band before a member’s role and name', () => {
  it('is an organisation ("Red Hot Chili Peppers singer Anthony Kiedis")', () => {
    const found = typedNames('Red Hot Chili Peppers singer Anthony Kiedis said the band would tour Europe.');
    expect(found).toContain('Red Hot Chili Peppers/organization');
    expect(found).toContain('Anthony Kiedis/person');
  });

  it('is no genre nor people’s word ("R&B singer", "The British singer played")', () => {
    const found = typedNames('The British singer played on Friday. R&B singer Summer Walker also performed.');
    expect(found).not.toContain('R&B/organization');
    expect(found).not.toContain('British/organization');
  });
});

describe('a body’s publication', () => {
  it('is a thing, not the body ("the WHO Essential Medicines List")', () => {
    expect(typedNames('The WHO Essential Medicines List guides what governments buy.')).toContain(
      'WHO Essential Medicines List/other',
    );
  });
});

describe('"Properties" ends a firm’s name', () => {
  it('keeps the developer whole at a sentence’s start ("Sun Hung Kai Properties")', () => {
    expect(typedNames('Sun Hung Kai Properties rose 3% on Monday.')).toContain(
      'Sun Hung Kai Properties/organization',
    );
  });
});
