import { describe, expect, it } from 'vitest';
import { prepareDocument, prepareField } from '../../../functions/core/text/document.js';
import { figurativeWords } from '../../../functions/core/topics/figurative-words.js';
import { jobCutsIn } from '../../../functions/core/topics/job-cuts.js';
import { deathsFromDisaster, naturalDeathsInTitle } from '../../../functions/core/topics/natural-deaths.js';
import { negatedEvents } from '../../../functions/core/topics/negated-events.js';
import { nobelScienceInTitle } from '../../../functions/core/topics/nobel-field.js';
import { attackOnTarget } from '../../../functions/core/topics/target-attack.js';

// A long pattern runs only after a short one finds a word every match of it holds (V8 compiles a pattern the
// first time it runs: skipped, it costs a fresh process nothing). Each reading must still be found.
describe('headline patterns checked first for a word they need', () => {
  it.each([
    'Storm kills 12 in coastal villages',
    'Floods leave at least 40 people dead in the north',
    'Quake death toll rises to 300',
    'Cyclone claims hundreds of lives on the coast',
    'Landslide buries village, killing dozens',
    'Earthquake: deaths pass 1,000',
  ])('still reads a disaster and its deaths in "%s"', (title) => {
    // Act
    const found = naturalDeathsInTitle(title);

    // Assert
    expect(found).toBe(true);
  });

  it('reads the deaths first, then the disaster they come from', () => {
    // Arrange
    const title = 'Death toll from the Kerala floods rises to 90';

    // Act + Assert
    expect(deathsFromDisaster(title)).toBe(true);
    expect(naturalDeathsInTitle(title)).toBe(true);
  });

  it('reads no deaths in a headline without a deaths word', () => {
    // Act + Assert
    expect(naturalDeathsInTitle('Storm batters the coast as rivers rise')).toBe(false);
    expect(deathsFromDisaster('Floods cut roads to the capital')).toBe(false);
  });

  it('reads the science of a Nobel prize in any case, and none without "Nobel"', () => {
    // Act + Assert
    expect(nobelScienceInTitle('NOBEL PRIZE IN PHYSICS GOES TO THREE')).toBe('natural');
    expect(nobelScienceInTitle('Medicine Nobel for work on immune cells')).toBe('medical');
    expect(nobelScienceInTitle('Chemistry prize for work on batteries')).toBeUndefined();
  });

  it('still reads the verb "shares" before each kind of object, and not the stock', () => {
    // Arrange
    const verbs = [
      'The town, which shares a border with the republic, voted.',
      'She shares responsibility for the budget.',
      'It shares the same hunger for a title.',
      'He shares custody of the children.',
      'The island shares frontiers with two states.',
    ];

    // Act + Assert
    for (const text of verbs) expect(figurativeWords(text).length, text).toBeGreaterThan(0);
    expect(figurativeWords('Bank shares rose in Tokyo and shares of the insurer fell.')).toEqual([]);
  });

  it.each([
    ['Police said there was no evidence of terrorism.', 'terrorism'],
    ['Investigators have ruled out foul play.', 'foul play'],
    ['The outage was not caused by a cyber attack, the firm said.', 'cyber attack'],
    ['Officials said hostile activity had been ruled out.', 'hostile activity'],
  ])('still reads the event denied in "%s"', (text, event) => {
    // Act
    const words = negatedEvents(text).map(([start, end]) => text.slice(start, end));

    // Assert
    expect(words).toContain(event);
  });

  it('reads no denied event in a text without an event word', () => {
    // Act + Assert
    expect(negatedEvents('There was no sign of a deal, and talks did not resume.')).toEqual([]);
  });
});

// Session 50 (cold50): the job cuts' and the attack's long patterns behind a short look for what they need.
describe('job cuts and attacks on targets checked first for a word they need', () => {
  it.each([
    'Volkswagen will axe 35,000 jobs by 2030.',
    'UPS eliminated 48,000 positions last year.',
    'About 2,000 staff would be made redundant, the bank said.',
    'The insurer will cut its workforce by 10%.',
    'The retailer will close seven stores in Wales.',
    'Amazon said it would cut about 14,000 corporate roles.',
  ])('still reads the job cuts in "%s"', (text) => {
    // Act
    const found = jobCutsIn(prepareField('body', text));

    // Assert
    expect(found?.[1]).toBe(1);
  });

  it('reads no job cuts in a text with jobs but no verb of cutting or closing', () => {
    // Act + Assert
    expect(
      jobCutsIn(prepareField('body', 'The carmaker employs 35,000 people in 12 plants.')),
    ).toBeUndefined();
  });

  it('still reads an attack on a refinery in the headline, and on a power plant in the lead', () => {
    // Arrange
    const inTitle = prepareDocument({
      title: 'Ukraine struck the Lukoil refinery in Volgograd overnight',
      body: 'The fire was put out by morning, the governor said.',
      language: 'en',
    });
    const inLead = prepareDocument({
      title: 'Russian drones hit Ukraine overnight',
      body: 'Russian drones struck a power plant near Kharkiv overnight, cutting electricity to thousands.',
      language: 'en',
    });

    // Act + Assert
    expect(attackOnTarget(inTitle, [], 0)).toEqual(['struck', 'refinery']);
    expect(attackOnTarget(inLead, [], 0)).toEqual(['struck', 'power plant']);
  });

  it('reads no attack on a target in a story with no word of a facility or of a hit', () => {
    // Arrange
    const doc = prepareDocument({
      title: 'Strikes on the agenda as unions meet',
      body: 'Union leaders will decide on Monday whether to call more strikes over pay.',
      language: 'en',
    });

    // Act + Assert
    expect(attackOnTarget(doc, [], 0)).toBeUndefined();
  });
});
