import { describe, expect, it } from 'vitest';
import { topicIds } from './topic-ids.js';

const CRIME = 'medtop:02000000';
const EDUCATION = 'medtop:05000000';
const LABOUR = 'medtop:09000000';
const POLITICS = 'medtop:11000000';
const GOVERNMENT_POLICY = 'medtop:20000621';

describe('a policy told through crime, schools or health (topics23)', () => {
  it('files plans to change sentencing under politics before the crimes they sentence', () => {
    const ids = topicIds(
      'Knife crime sentencing shake-up unveiled',
      'Plans to give teenagers caught carrying knives longer prison sentences have been set out by the home ' +
        'secretary. Offenders convicted of a second knife offence would face a minimum of two years in jail, ' +
        'and police would get new powers to search suspects near schools. The shadow home secretary said the ' +
        'bill did nothing to tackle the gangs behind most stabbings, and the Liberal Democrats said judges ' +
        'should keep the final say over sentences. Police chiefs welcomed the proposals but warned that ' +
        'prisons were already full, and a charity said young offenders were often victims of crime themselves.',
    );

    expect(ids[0]).toBe(POLITICS);
    expect(ids[1]).toBe(GOVERNMENT_POLICY);
    expect(ids).toContain(CRIME);
  });

  it('files a minister’s crackdown on truancy under politics before the schools', () => {
    const ids = topicIds(
      'Fresh crackdown on pupils who skip lessons',
      'A fresh crackdown on pupils who regularly skip lessons has been launched by the education secretary. ' +
        'Schools in England will have to share attendance registers with councils every day, and head teachers ' +
        'will be able to fine parents of persistent truants. About 1.5 million pupils missed a tenth of their ' +
        'lessons last year, and absence was highest in secondary schools and among pupils with special needs. ' +
        'Teachers said classrooms needed more support staff, and the Conservatives said the plans would not ' +
        'get children back to school.',
    );

    expect(ids[0]).toBe(POLITICS);
    expect(ids).toContain(EDUCATION);
  });

  it('keeps a stabbing with a minister’s comment under crime', () => {
    const ids = topicIds(
      'Teenager charged with murder after stabbing in Leeds',
      'A 17-year-old boy has been charged with murder after a man was stabbed outside a shop in Leeds on ' +
        'Saturday night, West Yorkshire Police said. The victim, 34, died in hospital. Detectives said the two ' +
        'did not know each other. The home secretary said her thoughts were with the family and that the ' +
        'government was determined to get knives off the streets. The boy will appear before magistrates on ' +
        'Monday.',
    );

    expect(ids[0]).toBe(CRIME);
  });

  it('keeps a walkout over a law under labour', () => {
    const ids = topicIds(
      'Dock workers strike over new labour law',
      'Thousands of dock workers walked off the job on Monday in protest against a new labour law that lets ' +
        'employers hire temporary staff during strikes, union leaders said. Ports in the north were shut and ' +
        'dozens of container ships waited at anchor. The union said the walkout would last three days and ' +
        'that workers would not return until pay talks resumed. Employers said the law was needed to keep the ' +
        'ports open.',
    );

    expect(ids[0]).toBe(LABOUR);
  });
});
