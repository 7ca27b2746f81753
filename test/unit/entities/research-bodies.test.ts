import { describe, expect, it } from 'vitest';
import { entitiesOf } from './entities-of.js';

const names = (body: string) => entitiesOf(body).map((e) => e.name);

// Science and health news names institutes, hospitals and journals in full; the compact lexicon lacks many of
// their domain words ("hygiene", "oceanic", "advancement"), which must not cut the name (wild39b ★5).
describe("a research body's full name", () => {
  it('goes on through "of" after a plural or a hospital, a laboratory or a journal', () => {
    // Arrange
    const body =
      "Researchers funded by the National Institutes of Health said so. Doctors at Children's Hospital of " +
      'Philadelphia agreed. The study appeared in the Proceedings of the National Academy of Sciences.';

    // Act
    const found = names(body);

    // Assert
    expect(found).toEqual(
      expect.arrayContaining([
        'National Institutes of Health',
        "Children's Hospital of Philadelphia",
        'Proceedings of the National Academy of Sciences',
      ]),
    );
  });

  it('coordinates a domain word no list knows with "and"', () => {
    const body =
      'A team from the London School of Hygiene and Tropical Medicine and the Institute of Health Metrics and ' +
      'Evaluation reviewed the data.';

    expect(names(body)).toEqual(
      expect.arrayContaining([
        'London School of Hygiene and Tropical Medicine',
        'Institute of Health Metrics and Evaluation',
      ]),
    );
  });

  it('takes an adjective no list knows before "and" and a second "of" after a word no list knows', () => {
    const body =
      'The National Oceanic and Atmospheric Administration said the summer was the hottest on record. The ' +
      'American Association for the Advancement of Science welcomed the work.';

    expect(names(body)).toEqual(
      expect.arrayContaining([
        'National Oceanic and Atmospheric Administration',
        'American Association for the Advancement of Science',
      ]),
    );
  });

  it('keeps two bodies apart when an acronym, a firm or a surname stands before "and"', () => {
    const body =
      'The Joint Development Committee of the IMF and World Bank met. Bear Stearns and Co Inc advised. ' +
      'Eastern Airlines and People Express Airlines merged.';

    expect(names(body)).toEqual(expect.arrayContaining(['World Bank', 'Eastern Airlines']));
  });

  it('keeps two banks apart when the lead word comes again after "and" (read39)', () => {
    const body = 'The Bank of Baroda and Union Bank of India said on Monday they would cut lending rates.';

    expect(names(body)).toEqual(expect.arrayContaining(['Bank of Baroda', 'Union Bank of India']));
  });
});
