import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { topicIds } from './topic-ids.js';

const POLITICS = 'medtop:11000000';
const CONFLICT = 'medtop:16000000';
const ARMED_FORCES = 'medtop:20000599';
const CRIME = 'medtop:20000082';
const LAW_ENFORCEMENT = 'medtop:20000129';
const ENDANGERED_SPECIES = 'medtop:20000443';
const ENVIRONMENT = 'medtop:06000000';

const firstSubtopic = (title: string, body: string): string | undefined =>
  tagArticle({ title, body }).topics.find((t) => t.level > 1)?.id;
const scoreOf = (title: string, body: string, id: string): number =>
  tagArticle({ title, body }).topics.find((t) => t.id === id)?.score ?? 0;

describe('troops at peace, crime in a policing headline, tiger poaching (mendA, read21 F3 F10 F12)', () => {
  it('keeps a troop deployment that only mentions a war a defence story', () => {
    const topics = topicIds(
      'Norway to base a brigade of troops in Finland',
      'OSLO - Norway will permanently base a brigade of 4,000 troops in northern Finland, Defence Minister Tore ' +
        'Sandvik said on Tuesday, the first such deployment abroad since World War Two, as Russia’s war in ' +
        "Ukraine raises fears along NATO's northern flank. The army brigade will be ready by 2028, Sandvik told " +
        'parliament, and the government will pay for barracks and schools for soldiers’ families. Russian ' +
        'attacks on Ukrainian power plants continued overnight, Kyiv said.',
    );

    expect(topics[0]).toBe(POLITICS);
    expect(topics).toContain(ARMED_FORCES);
  });

  it('still gives troops who fight in a war wire to the war, not the government', () => {
    const topics = topicIds(
      'Army retakes border town',
      'MANILA - Government troops killed 12 militants on Sunday as the army retook a border town after a ' +
        'week of fighting, the military said. Two soldiers were wounded.',
    );

    expect(topics[0]).toBe(CONFLICT);
    expect(topics).not.toContain(ARMED_FORCES);
  });

  it('keeps law enforcement first where a policing headline speaks of crime in general', () => {
    const tackle = firstSubtopic(
      'West Midlands Police to put 300 more officers on patrol to tackle knife crime',
      'BIRMINGHAM - West Midlands Police will put 300 more officers on patrol in Birmingham this autumn, Chief ' +
        'Constable Craig Guildford said on Monday, as part of a plan to cut knife crime. Police will use more ' +
        'stop and search powers and patrol hotspots, he told councillors. Police chiefs have asked the ' +
        'government for more money to recruit officers.',
    );
    const survey = firstSubtopic(
      'Police numbers reach record as crime survey shows fall',
      'LONDON - Police forces in England and Wales employed a record number of officers in March, Home Office ' +
        'figures showed on Thursday, as police chiefs said recruiting had been helped by higher starting pay. ' +
        'Police numbers rose by 3,000 over the year.',
    );

    expect(tackle).toBe(LAW_ENFORCEMENT);
    expect(survey).toBe(LAW_ENFORCEMENT);
  });

  it('still files arrests after a robbery the headline names under the crime', () => {
    const first = firstSubtopic(
      'Police arrest two after bank robbery in Leeds',
      'LEEDS - Police arrested two men on Friday after an armed robbery at a bank in the city centre, officers ' +
        'said. The suspects were held in custody and police searched two homes.',
    );

    expect(first).toBe(CRIME);
  });

  it('keeps the wildlife topics of a tiger poaching seizure', () => {
    const title = 'Indian police seize tiger skins, arrest three poachers';
    const body =
      'NAGPUR - Indian police seized three tiger skins and the bones of a tiger from a car near a wildlife ' +
      'reserve in Maharashtra and arrested three suspected poachers, police said on Wednesday. Conservation ' +
      'groups say poaching for the illegal trade in tiger parts threatens the survival of the endangered big ' +
      'cats. India has about 3,600 wild tigers.';

    expect(scoreOf(title, body, ENDANGERED_SPECIES)).toBeGreaterThan(0.7);
    expect(scoreOf(title, body, ENVIRONMENT)).toBeGreaterThan(0.8);
  });
});
