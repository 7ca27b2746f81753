import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const EARTHQUAKE = 'medtop:20000153';
const FLOOD = 'medtop:20000154';
const TSUNAMI = 'medtop:20001353';
const WINDSTORMS = 'medtop:20000158';
const VOLCANIC_ERUPTION = 'medtop:20000159';
const DROUGHT = 'medtop:20000152';
const FAMINE = 'medtop:20000149';
const NATURAL_DISASTER = 'medtop:20000151';
const WILDFIRE = 'medtop:20001202';
const AIR_ACCIDENT = 'medtop:20000144';
const MARITIME_ACCIDENT = 'medtop:20000145';
const RAILWAY_ACCIDENT = 'medtop:20000146';
const ROAD_ACCIDENT = 'medtop:20000147';
const FILM_FESTIVAL = 'medtop:20000006';
const BOARD_GAME = 'medtop:20000541';
const HOUSING_POLICY = 'medtop:20000628';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('topics29: the kind of disaster or accident a desk files', () => {
  it('names the earthquake under natural disaster', () => {
    const topics = topicsOf(
      'Strong earthquake flattens villages in eastern Turkey',
      'A magnitude 6.4 earthquake struck eastern Turkey before dawn on Monday, killing at least 40 people, the disaster agency said. Rescuers searched collapsed homes as aftershocks rattled the region; the epicentre was near the town of Karlova.',
    );

    expect(ids(topics)).toEqual(expect.arrayContaining([NATURAL_DISASTER, EARTHQUAKE]));
    expect(evidenceOf(topics, EARTHQUAKE)).toContain('earthquake');
  });

  it('names flash floods as a flood, and a flood of applications as none', () => {
    const flood = topicsOf(
      'Flash floods sweep through mountain town',
      'Flash floods tore through the town of Alder Creek on Friday after a night of torrential rain, sweeping away cars and killing nine people. The river burst its banks within an hour.',
    );
    const figurative = topicsOf(
      'Universities brace for a flood of applications',
      'Admissions offices expect a flood of applications after the government scrapped the entry test, the sector body said on Tuesday.',
    );

    expect(ids(flood)).toContain(FLOOD);
    expect(ids(figurative)).not.toContain(FLOOD);
    expect(ids(figurative)).not.toContain(TOP_LEVEL.disaster);
  });

  it('names a wildfire under fire, and a hurricane as a windstorm', () => {
    const fire = topicsOf(
      'Wildfires force thousands to flee hills above the city',
      'Wind-driven wildfires destroyed more than 300 homes on Wednesday and forced 20,000 residents to evacuate, fire officials said. Firefighters struggled to contain the blazes.',
    );
    const storm = topicsOf(
      'Hurricane batters Caribbean islands',
      'The hurricane made landfall on Tuesday with winds of 150mph, tearing roofs off homes and killing at least 12 people across three islands, officials said.',
    );

    expect(ids(fire)).toContain(WILDFIRE);
    expect(ids(storm)).toContain(WINDSTORMS);
  });

  it('names tsunamis, volcanoes and droughts, but a crowd that erupted in celebration is no eruption', () => {
    const volcano = topicsOf(
      'Volcano erupts, forcing evacuation of island villages',
      'The volcano erupted on Sunday, sending lava down its slopes and ash 10km into the sky; 3,000 people were evacuated, the civil protection agency said.',
    );
    const drought = topicsOf(
      'Drought wipes out half the maize harvest',
      'The worst drought in forty years has destroyed half of the maize crop in the south of the country after the rains failed for a second season, the farm ministry said.',
    );
    const wave = topicsOf(
      'Tsunami warning lifted after undersea quake',
      'Authorities lifted a tsunami warning on Thursday after an undersea earthquake off the coast produced waves of only 30cm.',
    );
    const crowd = topicsOf(
      'Teenager wins her first title in front of home crowd',
      'The stadium erupted in celebration when the 17-year-old converted her third match point to win the final 6-4 6-3.',
    );

    expect(ids(volcano)).toContain(VOLCANIC_ERUPTION);
    expect(ids(drought)).toContain(DROUGHT);
    expect(ids(wave)).toContain(TSUNAMI);
    expect(ids(crowd)).not.toContain(VOLCANIC_ERUPTION);
  });

  it('lists a famine as a famine, no natural disaster, where a war causes it', () => {
    const topics = topicsOf(
      'Famine spreads as fighting blocks aid convoys',
      'Famine has spread to two more regions as fighting between the army and a rebel militia blocks aid convoys, the United Nations said on Monday. The famine could kill thousands of children, aid agencies warned.',
    );

    expect(ids(topics)).toContain(FAMINE);
    expect(ids(topics)).not.toContain(NATURAL_DISASTER);
  });

  it('names the kind of transport in an air, rail, road or sea accident', () => {
    const air = topicsOf(
      'Passenger jet crash-lands in snowstorm',
      'A regional jet crash-landed at Northfield airport on Monday, injuring 18 of the 80 people on board. Investigators recovered the flight recorders.',
    );
    const rail = topicsOf(
      'Dozens killed as high-speed train derails',
      'At least 30 people were killed when a high-speed train derailed near Santa Lucia on Sunday evening and collided with an oncoming train, emergency services said.',
    );
    const road = topicsOf(
      'Bus crash kills 14 on mountain road',
      'Fourteen people were killed when a bus overturned on a mountain road in the north of the country on Saturday, police said.',
    );
    const sea = topicsOf(
      'Ferry capsizes off island, 40 missing',
      'A ferry carrying 200 passengers capsized in rough seas on Tuesday; 40 people are missing, the coastguard said.',
    );

    expect(ids(air)).toContain(AIR_ACCIDENT);
    expect(ids(rail)).toContain(RAILWAY_ACCIDENT);
    expect(ids(road)).toContain(ROAD_ACCIDENT);
    expect(ids(sea)).toContain(MARITIME_ACCIDENT);
  });
});

describe('topics29: festivals, board games and housing policy', () => {
  it('names a film festival prize under film festival', () => {
    const topics = topicsOf(
      "Director wins Palme d'Or at Cannes",
      "The film-maker Reza Talebi won the Palme d'Or at the Cannes film festival on Saturday for a thriller about former prisoners, the jury said.",
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.arts);
    expect(ids(topics)).toContain(FILM_FESTIVAL);
  });

  it('files Monopoly the board game under leisure, not competition policy', () => {
    const topics = topicsOf(
      'Monopoly turns 90 with a new edition of the board game',
      'Monopoly, the property-trading board game, turns 90 this year, and its maker is marking the anniversary with a special edition. First sold in 1935, the game has been played by an estimated one billion people.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.lifestyle);
    expect(ids(topics)).toContain(BOARD_GAME);
    expect(ids(topics)).not.toContain(TOP_LEVEL.politics);
  });

  it('names housebuilding targets and planning rules as housing policy', () => {
    const topics = topicsOf(
      'Government unveils plan to build 1.5 million homes',
      'The government set out plans on Tuesday for mandatory housebuilding targets for councils and changes to planning rules on the green belt, the housing secretary said.',
    );

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.politics);
    expect(ids(topics)).toContain(HOUSING_POLICY);
  });

  it('reads planned reforms of a bank as no housing policy', () => {
    const topics = topicsOf(
      'Bank sets out planned reforms of its lending arm',
      'The bank said its planned reforms would cut costs at its corporate lending arm by 200 million euros a year.',
    );

    expect(ids(topics)).not.toContain(HOUSING_POLICY);
  });
});
