import { describe, expect, it } from 'vitest';
import { focusAndPairs } from './focus-and-pairs.js';

/** Paragraphs of an invented long feature on a clinic in a refugee camp, naming ten countries in passing. */
const CLINIC = [
  'The clinic opens at seven in the largest camp in Bangladesh, and by then the queue reaches the road. Mothers ' +
    'carry babies wrapped against the dust, ' +
    'old men lean on sticks, and a boy with a bandaged hand waits alone. Inside, two nurses sort the sick from the ' +
    'very sick, and the doctor sees the very sick first.',
  'Most of the patients fled Myanmar years ago, and Bangladesh has sheltered them since. Bangladesh says it cannot ' +
    'keep them forever, and Myanmar will not take them back. The doctor trained in ' +
    'Egypt and came here when the camps were new. The generator that keeps the vaccines cold came from Turkey, and ' +
    'the tents that serve as wards were made in Pakistan.',
  'A charity from Qatar pays for the school meals, and engineers from Norway designed the latrines. Malaysia, where ' +
    'some of the families have cousins, sends letters more often than money. Indonesia took in a boat last spring. ' +
    'The United States once paid for much of the food.',
  'The work never ends. In the rainy months the paths between the shelters turn to rivers of mud, and landslides ' +
    'bury homes on the steeper slopes. In the dry months fires spread quickly through the bamboo and plastic, and a ' +
    'single spark from a cooking stove can burn hundreds of shelters in an hour. Volunteers keep watch at night with ' +
    'buckets of sand, and the clinic keeps its doors open.',
  'The young have little to do. Children may study only an informal curriculum, and there are no exams that any ' +
    'university would accept. Teenage boys drift into the gangs that control parts of the camps after dark, and ' +
    'kidnappings for ransom have become common. Parents keep their daughters inside, and the nurses see the ' +
    'injuries of the night each morning.',
  'Work is forbidden, but many work anyway. Men carry loads in the markets of the town, fish from small boats, or ' +
    'build roads for a fraction of a local wage. Women sew, cook and sell vegetables from plastic sheets on the ' +
    'ground. Everyone is afraid of the checkpoints on the roads out of the camps, and the sick are afraid of them too.',
  'The refugees talk about home constantly. Old men draw maps of their villages in the dust, naming every family and ' +
    'every pond. Women keep the keys of houses that were burned years ago. Children who were born in the camps know ' +
    'the names of rivers they have never seen, and ask the doctor whether he has seen them.',
  '"We treat what we can," the doctor said, closing the door at dusk. "The rest we write down, and we hope."',
];

describe('a survey in long form', () => {
  it('weighs the countries of a feature that names ten in passing under a headline naming none', () => {
    // Arrange
    const article = {
      title: 'A day in the clinic at the edge of the camps',
      body: CLINIC.join('\n\n'),
      language: 'en',
    };

    // Act
    const { focus } = focusAndPairs(article);

    // Assert
    expect(focus).toContain('BD');
    expect(focus).not.toContain('NO');
    expect(focus).not.toContain('QA');
    expect(focus.length).toBeLessThan(6);
  });
});

/** An invented round-up of about 430 words giving sugar beet plantings country by country. */
const PLANTINGS = [
  'PARIS, April 3 - Sugar beet plantings in western Europe this spring are expected to be close to last year, ' +
    'according to a survey of growers, traders and sugar companies. Dry weather in March let drilling start early ' +
    'in the south, while heavy rain held it back in the north, and the outlook for yields is still uncertain.',
  'France is expected to plant 400,000 hectares, against 402,000 last year, the beet growers association said. ' +
    'Germany should sow about 380,000 hectares, up 2 pct, and growers there have already drilled a third of the area.',
  'In Britain the area is put at 100,000 hectares, unchanged, while the Netherlands expects 80,000, down 3 pct. ' +
    'Belgium plans 55,000 hectares and Poland 250,000, both close to last year.',
  'Italy is seen cutting its area to 30,000 hectares after two factories closed. Spain expects 25,000 hectares, ' +
    'mostly in the north, and Denmark 32,000, up 1,000 on last year. Austria will plant about 38,000 hectares.',
  'The survey found that growers were cautious because of low sugar prices. World prices have fallen for most of ' +
    'the past year as large crops came in, and the contract prices the sugar companies offer for beet have fallen ' +
    'with them. Several companies have offered bonuses for early delivery to keep their factories running.',
  'Traders said the weather in the next six weeks would matter more than the area. Beet sown early in dry soil ' +
    'can suffer if the spring stays dry, and crops sown late in wet soil often give lower sugar content. Disease ' +
    'pressure from aphids, which spread virus yellows, is also a worry after the ban on some seed treatments.',
  'Processors are watching costs. Energy for the factories is the largest expense after the beet itself, and gas ' +
    'prices remain higher than they were before the war. Some processors have invested in biomass boilers, and ' +
    'others are looking at ways to use the pulp and the leaves.',
  'Growers also face new rules on pesticides and fertiliser, and many say the paperwork takes more of their time ' +
    'each year. Younger farmers are more willing to try new varieties that resist disease, and seed companies say ' +
    'demand for them has grown quickly. Older growers prefer the varieties they know, and some say they will stop ' +
    'growing beet altogether if prices do not recover before the next contracts are signed in the autumn.',
  'The next survey, in June, will give the first estimates of yields, the association said. Harvest usually ' +
    'begins in September and the factories run until January or February, depending on the size of the crop.',
];

describe('a survey in long form that gives figures', () => {
  it('keeps every country a long round-up gives a figure in focus', () => {
    const article = {
      title: 'European beet plantings seen little changed',
      body: PLANTINGS.join('\n\n'),
      language: 'en',
    };

    const { focus } = focusAndPairs(article);

    expect(focus).toEqual(['AT', 'BE', 'DE', 'DK', 'ES', 'FR', 'GB', 'IT', 'NL', 'PL']);
  });
});
