import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareField } from '../../../functions/core/text/document.js';
import { jobCutsIn } from '../../../functions/core/topics/job-cuts.js';
import { ids } from './topic-ids.js';

const LAYOFFS = 'medtop:20000189';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;

describe('job cuts told with a vague count or as jobs put at risk are layoffs (wild50 T8, topics52)', () => {
  it('gives layoffs to "several hundred", "a few thousand" and "dozens of" jobs cut', () => {
    // Arrange
    const bodies = [
      'The video app is to cut several hundred jobs in Dublin.',
      'The bank will axe a few thousand roles over two years.',
      'The publisher has shed dozens of jobs at its regional papers.',
    ];

    // Act
    const lists = bodies.map((body) => ids(topicsOf('', body)));

    // Assert
    for (const list of lists) expect(list).toContain(LAYOFFS);
  });

  it('gives layoffs to jobs put at risk by closures', () => {
    // Arrange
    const body = 'The grocer is to close all 48 of its in-store bakeries, putting 2,500 jobs at risk.';

    // Act
    const topics = topicsOf('', body);

    // Assert
    expect(ids(topics)).toContain(LAYOFFS);
  });

  it("does not read an economy's jobs at risk from a recession as a firm's layoffs", () => {
    // Arrange
    const text =
      'Economists said 50,000 jobs are at risk in the manufacturing sector if the recession deepens.';

    // Act
    const cuts = jobCutsIn(prepareField('body', text));

    // Assert
    expect(cuts).toBeUndefined();
  });
});
