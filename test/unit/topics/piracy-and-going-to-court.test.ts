import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { TOP_LEVEL } from '../../../functions/core/topics/taxonomy.js';
import { evidenceOf, firstTopLevel, ids } from './topic-ids.js';

const JUDICIARY = 'medtop:20000106';
const COURT = 'medtop:20000107';

describe('mendT (read27 F8): piracy is copying off the sea and crime at sea', () => {
  it('keeps a file-sharing lawsuit story on science and technology, with no piracy for crime', () => {
    const title = 'Games publishers take downloaders to court over piracy';
    const body =
      'Three games publishers have sued 300 people they accuse of sharing copied games on peer-to-peer networks. The publishers say piracy on download sites costs them sales every week, and that pirated copies of one new game were downloaded a million times. Their lawyers called the lawsuits a last resort against piracy.';

    const topics = tagArticle({ title, body }).topics;

    expect(firstTopLevel(topics)).toBe(TOP_LEVEL.science);
    expect(evidenceOf(topics, TOP_LEVEL.science)).toContain('piracy');
    expect(evidenceOf(topics, TOP_LEVEL.crime)).not.toContain('piracy');
  });

  it('keeps piracy for science and technology in a police raid on copied discs', () => {
    const title = 'Copied Blu-ray discs found in warehouse raid';
    const body =
      'Police found 15,000 pirated Blu-ray discs and computer games when they raided a warehouse on Thursday. Two men were arrested. Distributors say disc piracy costs them millions a year.';

    const topics = tagArticle({ title, body }).topics;

    expect(evidenceOf(topics, TOP_LEVEL.science)).toContain('piracy');
  });

  it('reads pirates who board a ship as crime and not as copying', () => {
    const title = 'Pirates seize fishing boat off the coast';
    const body =
      'Armed pirates boarded a fishing boat on Wednesday and took its crew of twelve hostage, the navy said. It was the third piracy case in those waters this month.';

    const topics = tagArticle({ title, body }).topics;

    expect(evidenceOf(topics, TOP_LEVEL.crime)).toEqual(expect.arrayContaining(['piracy']));
    expect(ids(topics)).not.toContain(TOP_LEVEL.science);
  });

  it('gives a baseball club called the Pirates neither crime nor science', () => {
    const title = 'Pirates edge Reds';
    const body =
      'CINCINNATI (Reuters) - The Pirates edged the Reds 3-2 on Saturday. A ninth-inning single won it for the visitors.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(TOP_LEVEL.crime);
    expect(ids(topics)).not.toContain(TOP_LEVEL.science);
  });
});

describe('mendT (read27 F9): taking someone to court the next week is still a court', () => {
  it('keeps crime and the judiciary when a family will take a school to court the next month', () => {
    const title = 'Parents to sue school over injury';
    const body =
      'The parents of a pupil hurt in a playground fall said on Tuesday they would take the school to court the next month. Their solicitor said the head teacher had ignored two warnings.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(TOP_LEVEL.crime);
    expect(evidenceOf(topics, JUDICIARY)).toContain('court');
  });

  it('keeps the court when workers say they will take their employer to court the week after', () => {
    const title = 'Dock workers threaten action';
    const body =
      'Dock workers said they would take their employer to court the week after their pay was cut. A union official said members were angry.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).toContain(TOP_LEVEL.crime);
  });

  it('still gives no court to a candidate who hopes to court the vote of farmers', () => {
    const title = 'Candidate tours farms';
    const body =
      'The candidate toured three farms on Friday, hoping to court the vote of farmers angry about grain prices before the election.';

    const topics = tagArticle({ title, body }).topics;

    expect(ids(topics)).not.toContain(COURT);
  });
});
