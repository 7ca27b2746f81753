import { describe, expect, it } from 'vitest';
import type { TagResult } from '../../../functions/core/schema.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';

// Invented stories (session 48, fixT48; wild48 ★3): a bare "toll" and a "landslide" take the sense their sentence tells.
const firstTopLevel = (result: TagResult) => result.topics.find((t) => t.level === 1)?.id;
const has = (result: TagResult, id: string) => result.topics.some((t) => t.id === id);
const TRANSPORT = 'medtop:20000337';
const ELECTION = 'medtop:20000574';

describe('a bare toll', () => {
  it("counts a war's dead in a headline, no charge for passage", () => {
    // Arrange
    const article = {
      title: 'Gaza toll tops 60,000',
      body:
        'More than 60,000 Palestinians have been killed in Gaza since the war began, the health ministry said on ' +
        'Tuesday. Israeli air strikes killed 40 people overnight, medics said.',
    };

    // Act
    const result = tagArticle(article);

    // Assert
    expect(firstTopLevel(result)).toBe(TOP_LEVEL.conflict);
    expect(has(result, TOP_LEVEL.economy)).toBe(false);
  });

  it("counts a flood's dead, no economy", () => {
    const result = tagArticle({
      title: 'Flood toll rises to 40',
      body:
        'The number of people killed by floods in the north of the country rose to 40 on Monday, officials said, as ' +
        'rescuers searched for dozens still missing after days of heavy rain.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.disaster);
    expect(has(result, TOP_LEVEL.economy)).toBe(false);
  });

  it("leaves a bus crash's toll to the accident even on a mountain road", () => {
    const result = tagArticle({
      title: 'Bus crash toll rises to 32 in Peru',
      body:
        'A bus plunged off a mountain road in southern Peru, killing 32 passengers, police said on Sunday. The toll ' +
        'rose as more bodies were recovered from the ravine.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.disaster);
    expect(has(result, TRANSPORT)).toBe(false);
  });

  it('takes no charge for a figurative toll on crops', () => {
    const result = tagArticle({
      title: 'Heatwave takes heavy toll on wheat',
      body: 'Weeks of extreme heat have taken a heavy toll on wheat harvests in the south, the weather office said.',
    });

    expect(has(result, TRANSPORT)).toBe(false);
  });

  it('keeps a motorway toll a transport story', () => {
    const result = tagArticle({
      title: 'Motorway toll to rise 5% in January',
      body:
        'Drivers will pay more to use the motorway from January after the operator raised the toll by 5%, citing ' +
        'higher maintenance costs. The bridge toll stays unchanged.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.economy);
    expect(has(result, TRANSPORT)).toBe(true);
  });
});

describe('a landslide', () => {
  it('that buried a village stays a disaster when a prime minister and the UN are quoted', () => {
    const result = tagArticle({
      title: 'Mountain landslide buries village; UN fears hundreds dead',
      body:
        'A massive landslide buried a remote mountain village after days of heavy rain, and more than 300 people ' +
        'may have been killed, a United Nations agency official said on Sunday. Prime Minister John Tamata said the ' +
        'government would send troops and aid to the province. Foreign Minister Anna Pelu said allies had offered ' +
        'help, and the United Nations said its agencies stood ready.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.disaster);
    expect(has(result, ELECTION)).toBe(false);
  });

  it('that blocked a highway after rain is no election when a minister speaks', () => {
    const result = tagArticle({
      title: 'Landslide blocks highway',
      body:
        'A landslide blocked the main highway to the capital on Tuesday after heavy rain, the public works minister ' +
        'said. The government said engineers would clear the road within two days.',
    });

    expect(has(result, ELECTION)).toBe(false);
    expect(has(result, TOP_LEVEL.disaster)).toBe(true);
  });

  it('told with seats and a victory is an election', () => {
    const result = tagArticle({
      title: 'Ruling party wins by landslide',
      body:
        "The ruling party won a landslide victory in Sunday's parliamentary election, taking 240 of 300 seats, the " +
        'election commission said. The prime minister thanked voters.',
    });

    expect(firstTopLevel(result)).toBe(TOP_LEVEL.politics);
    expect(has(result, ELECTION)).toBe(true);
  });
});
