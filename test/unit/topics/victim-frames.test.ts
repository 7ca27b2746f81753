import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const CRIME = 'medtop:02000000';
const BUSINESS_INFORMATION = 'medtop:20000170';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics;
const scoreOf = (title: string, body: string, id: string) =>
  topicsOf(title, body).find((t) => t.id === id)?.score ?? 0;

describe('an executive who is the victim of a killing does not make the crime corporate news', () => {
  it('files the murder of a chief executive as crime first, with no business evidence from the court words', () => {
    const title = 'Suspect charged in murder of insurance boss';
    const body =
      'The man accused of killing the chief executive of a regional insurer was charged with murder on ' +
      'Tuesday. Detectives arrested him at a bus station. The judge ordered him held without bail.';

    const topics = topicsOf(title, body);
    const business = topics.find((t) => t.id === BUSINESS_INFORMATION);

    expect(topics[0]?.id).toBe(CRIME);
    for (const word of ['charged', 'arrested', 'judge', 'bail'])
      expect(business?.evidence ?? []).not.toContain(word);
  });

  it('still files an executive charged with fraud as business information', () => {
    const charged = 'The former chief executive was charged with fraud and false accounting on Monday.';
    const apart =
      'The man was charged with fraud and false accounting on Monday. The chief executive resigned.';

    expect(scoreOf('', charged, BUSINESS_INFORMATION)).toBeGreaterThan(
      scoreOf('', apart, BUSINESS_INFORMATION),
    );
  });
});
