import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

// mergeAliases looks the people and organisations of a long page up by their names' words once an
// article has 24 or more of either (merge.ts `GroupsByWord`); these stories name 30 of each, so every
// short name below is joined through the index, and must be joined as a search of all would.
const GIVEN =
  'Anna Peter Maria John Laura David Sarah Michael Emma Thomas Julia Robert Clara James Helen Daniel Rachel Mark Sophie Paul Nina George Alice Simon Kate Henry Lucy Oliver Grace Adam'.split(
    ' ',
  );
const SURNAMES =
  'Varkonyi Delacroix Ostrowski Brennagh Quillfeather Marchetti Halloran Zeleny Abernathy Castellano Drummond Ekwueme Fairweather Gallagher Hollingsworth Ingersoll Jablonski Kowalczyk Lindqvist Montague Nakashima Oyelaran Pennington Quartermaine Rasmussen Saltonstall Thistlewood Umberfield Vandermeer Whitcombe'.split(
    ' ',
  );
const FIRMS = SURNAMES.map((s) => `${s.slice(0, 4)}ex Holdings`);

describe('an article naming thirty people and thirty firms', () => {
  it('joins each surname alone to its person and each firm’s first word to its firm', () => {
    let body = '';
    for (let i = 0; i < 30; i++)
      body += `${GIVEN[i]} ${SURNAMES[i]}, chief executive of ${FIRMS[i]}, spoke in London on Monday.\n\n`;
    for (let i = 0; i < 30; i++)
      body += `${SURNAMES[i]} said the results were strong. ${FIRMS[i]!.split(' ')[0]} shares rose.\n\n`;

    const entities = tagArticle({ id: 'many', title: 'Sixty names', body }).entities;

    const people = entities.filter((e) => e.type === 'person');
    const firms = entities.filter((e) => e.type === 'organization');
    expect(people).toHaveLength(30);
    expect(firms).toHaveLength(30);
    for (const e of [...people, ...firms]) expect(e.mentions).toHaveLength(2);
    expect(people.find((e) => e.id === 'person:adam-whitcombe')?.mentions[1]?.text).toBe('Whitcombe');
    expect(firms.find((e) => e.id === 'organization:whitex')?.mentions[1]?.text).toBe('Whitex');
  });

  it('gives a shared surname to the bearer named last, and a headline’s surname in capitals to its person', () => {
    let body = '';
    for (let i = 0; i < 30; i++) body += `${GIVEN[i]} ${SURNAMES[i]} spoke in London on Monday.\n\n`;
    body += 'Peter Varkonyi, her brother, disagreed.\n\nVarkonyi said he would appeal.\n\n';

    const entities = tagArticle({ id: 'shared', title: 'ZELENY QUITS', body }).entities;

    const texts = (id: string) => entities.find((e) => e.id === id)?.mentions.map((m) => m.text);
    expect(texts('person:anna-varkonyi')).toEqual(['Anna Varkonyi']);
    expect(texts('person:peter-varkonyi')).toEqual(['Peter Varkonyi', 'Varkonyi']);
    expect(texts('person:michael-zeleny')).toEqual(['ZELENY', 'Michael Zeleny']);
  });
});
