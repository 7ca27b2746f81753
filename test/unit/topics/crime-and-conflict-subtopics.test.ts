import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { evidenceOf, ids } from './topic-ids.js';

const KIDNAPPING = 'medtop:20000100';
const WAR_CRIME = 'medtop:20000105';
const SHOOTINGS = 'medtop:20001313';
const TRIAL = 'medtop:20000111';
const PROSECUTION = 'medtop:20000118';
const INVESTIGATION = 'medtop:20000131';
const LOCAL_ELECTIONS = 'medtop:20000578';
const BOMBINGS = 'medtop:20000055';
const CIVIL_WAR = 'medtop:20000063';
const RIOT = 'medtop:20000069';
const PEACE_TALKS = 'medtop:20000076';
const ARMED_CONFLICT = 'medtop:20000056';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('the crime and conflict subtopics a desk files under', () => {
  it('files an abduction for ransom under kidnapping', () => {
    const topics = topicsOf(
      'Aid worker freed after ransom paid',
      'An engineer kidnapped by gunmen on a highway in the north two weeks ago has been freed, police said. Local media said a ransom was paid to his abductors.',
    );

    expect(ids(topics)).toContain(KIDNAPPING);
  });

  it('files a hacker who holds a firm to ransom under no kidnapping', () => {
    const topics = topicsOf(
      'Hackers hold retailer to ransom',
      'Criminal hackers held the retailer to ransom for a week after a ransomware attack, the company said.',
    );

    expect(ids(topics)).not.toContain(KIDNAPPING);
  });

  it('files a mall attack by a gunman under shootings, and the detectives under investigation', () => {
    const topics = topicsOf(
      'Gunman kills three at shopping centre',
      'A gunman opened fire at a shopping centre on Saturday, killing three people, officials said. Detectives are searching the crime scene for a motive in the mass shooting.',
    );

    expect(ids(topics)).toContain(SHOOTINGS);
    expect(ids(topics)).toContain(INVESTIGATION);
  });

  it('files a minister who goes on trial under trial, with the prosecutors', () => {
    const topics = topicsOf(
      'Former minister goes on trial over bribes',
      'A former transport minister went on trial on Monday accused of taking bribes, in a case prosecutors say involved 2 million euros. Jurors will hear from 30 witnesses.',
    );

    expect(ids(topics)).toContain(TRIAL);
    expect(ids(topics)).toContain(PROSECUTION);
  });

  it('files a footballer on trial with clubs and a technology on trial under no court', () => {
    const player = topicsOf(
      'Teenager eyes move',
      'The 17-year-old striker has been on trial with a number of clubs this summer, his coach said.',
    );
    const wifi = topicsOf(
      'Library tests free wireless',
      'The wireless network has been on trial since May, and most visitors carry laptops, the library said.',
    );

    expect(ids(player)).not.toContain(TRIAL);
    expect(ids(wifi)).not.toContain(TRIAL);
  });

  it('files a car bomb under bombings and riots under riot', () => {
    const bomb = topicsOf(
      'Car bomb kills 9 at checkpoint',
      'A car bomb exploded at a checkpoint in the capital on Sunday, killing nine people. An armed group claimed responsibility.',
    );
    const riots = topicsOf(
      'Riots after stabbing',
      'Rioters set fire to buses in the city centre overnight and police made 30 arrests, officials said.',
    );

    expect(ids(bomb)).toContain(BOMBINGS);
    expect(ids(riots)).toContain(RIOT);
  });

  it('files talks between warring sides under peace talks and civil war', () => {
    const topics = topicsOf(
      'Warring sides to resume talks',
      'The army and the paramilitary forces agreed to resume peace talks next week, mediators said, as the civil war entered its third year.',
    );

    expect(ids(topics)).toContain(PEACE_TALKS);
    expect(ids(topics)).toContain(CIVIL_WAR);
  });

  it('files a vote for mayor under local elections', () => {
    const topics = topicsOf(
      'City picks new mayor',
      'Voters go to the polls on Tuesday in a mayoral election that is too close to call. Turnout in the local elections is expected to be low.',
    );

    expect(ids(topics)).toContain(LOCAL_ELECTIONS);
  });

  it('files charges of war crimes under war crime, and keeps a war crimes tribunal armed conflict', () => {
    const warrant = topicsOf(
      'Court seeks militia leader',
      'The court issued an arrest warrant for a militia leader accused of war crimes and crimes against humanity.',
    );
    const tribunal = topicsOf(
      'Tribunal opens',
      'The war crimes tribunal opened its first hearing on Monday.',
    );

    expect(evidenceOf(warrant, WAR_CRIME)).toContain('crimes against humanity');
    expect(ids(tribunal)).toContain(ARMED_CONFLICT);
  });

  it('files no shooting for a penalty shootout in a match report', () => {
    const topics = topicsOf(
      'Arsenal win on penalties',
      'Arsenal beat Chelsea in a penalty shootout on Sunday after a 1-1 draw at Wembley. Saka scored the winning penalty.',
    );

    expect(ids(topics)).not.toContain(SHOOTINGS);
    expect(ids(topics)).not.toContain('medtop:02000000');
  });
});
