import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../../functions/core/entities/recognize.js';
import { tagArticle } from '../../../functions/core/tag.js';
import { prepareDocument } from '../../../functions/core/text/document.js';
import { entitiesOf, typesOf } from './entities-of.js';

describe('X the platform named once, then mentioned without a cue', () => {
  it('takes every bare X of the article for the platform once a cue named it', () => {
    const body =
      'Musk shared his view on his platform X, stating his opposition to the ban. ' +
      'He noted that TikTok can operate in the U.S. while X faces restrictions in China.\n' +
      'Notably, X is among several U.S. social media services blocked there.';
    const x = entitiesOf(body).find((e) => e.id === 'organization:x');
    expect(x?.type).toBe('organization');
    expect(x?.mentions.map((m) => m.start)).toEqual([
      body.indexOf('X,'),
      body.indexOf('X faces'),
      body.indexOf('X is'),
    ]);
  });

  it('leaves a bare X alone where nothing named the platform', () => {
    const entities = entitiesOf('The treasure map showed where X marks the spot, she said.');
    expect(entities.some((e) => e.mentions.some((m) => m.text === 'X'))).toBe(false);
  });
});

describe('clubs named by their town in a result', () => {
  it('types both sides of "Leeds beat Hull 2-1" as clubs, on a page with no other sports word', () => {
    const types = typesOf(entitiesOf('Leeds beat Hull 2-1 on Saturday to go top of the table.'));
    expect(types.get('Leeds')).toEqual(['organization']);
    expect(types.get('Hull')).toEqual(['organization']);
  });

  it('types a club no list knows that draws in a result, and the other side after "with"', () => {
    const types = typesOf(
      entitiesOf('Everton drew 1-1 with Burnley, while Hull lost 3 - 0 at Middlesbrough.'),
    );
    expect(types.get('Everton')).toEqual(['organization']);
    expect(types.get('Burnley')).toEqual(['organization']);
    expect(types.get('Hull')).toEqual(['organization']);
    expect(types.get('Middlesbrough')).toEqual(['place']);
  });

  it('keeps the club for the town elsewhere in the article, but not after "in"', () => {
    const types = typesOf(
      entitiesOf(
        'Leeds beat Hull 2-1 on Saturday. Leeds manager Daniel Farke praised his side. Fans in Leeds celebrated.',
      ),
    );
    expect(types.get('Leeds')).toEqual(['organization', 'organization', 'place']);
  });

  it('reads a range of figures with a verb as no result', () => {
    const types = typesOf(
      entitiesOf('Tokyo stocks rose 1-2 percent after the Bank of Japan beat forecasts.'),
    );
    expect(types.get('Tokyo')).toEqual(['place']);
  });
});

describe('Irish names', () => {
  it('keeps "Coimisiún na Meán" whole and types it as a body', () => {
    const entities = entitiesOf(
      'Coimisiún na Meán, the Irish media regulator, has opened an investigation into the platform.',
    );
    const regulator = entities.find((e) => e.name === 'Coimisiún na Meán');
    expect(regulator?.type).toBe('organization');
    expect(entities.some((e) => e.name === 'Meán' || e.name === 'Coimisiún')).toBe(false);
  });

  it('reads Irish offices as titles and "Ó" as part of a surname', () => {
    const types = typesOf(
      entitiesOf('Labour TD Aodhán Ó Ríordáin spoke first. Taoiseach Micheál Martin agreed with him.'),
    );
    expect(types.get('Aodhán Ó Ríordáin')).toEqual(['person']);
    expect(types.get('Micheál Martin')).toEqual(['person']);
  });
});

describe('people in German-language text', () => {
  const body =
    'Bundeskanzler Friedrich Merz hat am Montag in Berlin über die Ukraine gesprochen. ' +
    'Auch Außenministerin Annalena Baerbock nahm teil. Die Süddeutsche Zeitung berichtete, ' +
    'CSU-Chef Markus Söder habe Kritik geübt. Laut Lars Klingbeil von der SPD soll der Bundestag ' +
    'im Dezember abstimmen. Karl-Theodor zu Guttenberg äußerte sich ebenfalls.';
  const entities = recognizeEntities(prepareDocument({ body, language: 'de' }));
  const names = (type: string) =>
    entities
      .filter((e) => e.type === type)
      .map((e) => e.name)
      .sort();

  it('leaves titles and nouns before a name out of it', () => {
    expect(names('person')).toEqual([
      'Annalena Baerbock',
      'Friedrich Merz',
      'Karl-Theodor zu Guttenberg',
      'Lars Klingbeil',
      'Markus Söder',
    ]);
  });

  it('types a newspaper by its German head word and keeps a party acronym after "von der"', () => {
    expect(names('organization')).toEqual(expect.arrayContaining(['SPD', 'Süddeutsche Zeitung']));
  });
});

describe('headlines in title case', () => {
  it('reads a title-case headline like one in capitals: ordinary words are not names', () => {
    const entities = entitiesOf(
      'Thousands of young people marched on Thursday in the streets of Lagos and Abuja against rising prices.',
      'Nigeria: Protests Erupt in Lagos and Abuja Over Fuel Prices',
    );
    const inTitle = entities.filter((e) => e.mentions.some((m) => m.field === 'title'));
    expect(inTitle.map((e) => [e.name, e.type]).sort()).toEqual([
      ['Abuja', 'place'],
      ['Lagos', 'place'],
      ['Nigeria', 'place'],
    ]);
  });

  it('finds people of the text named by surname in a headline', () => {
    const entities = entitiesOf(
      'Donald Trump and Xi Jinping met on Thursday for trade talks.',
      'Trump Meets Xi in Beijing as Trade Talks Resume',
    );
    const titleMentions = (name: string) =>
      entities
        .find((e) => e.name === name)
        ?.mentions.filter((m) => m.field === 'title')
        .map((m) => m.text);
    expect(titleMentions('Donald Trump')).toEqual(['Trump']);
    expect(titleMentions('Xi Jinping')).toEqual(['Xi']);
  });

  it('keeps reading a sentence-case headline by its case', () => {
    const entities = entitiesOf(
      'The company said so on Monday.',
      'Acme Widgets names Jane Doe chief executive',
    );
    expect(entities.find((e) => e.name === 'Jane Doe')?.type).toBe('person');
  });
});

describe('names in a list take the type of the list', () => {
  it('types unknown towns listed after "in" with a known one as places', () => {
    const types = typesOf(entitiesOf('Fighting raged in Pokrovsk and Kostiantynivka, officials said.'));
    expect(types.get('Kostiantynivka')).toEqual(['place']);
  });

  it('types a company named by an ordinary word listed with companies', () => {
    const types = typesOf(entitiesOf('Shares of Nvidia rose while Apple and Microsoft fell.'));
    expect(types.get('Apple')).toEqual(['organization']);
    expect(types.get('Microsoft')).toEqual(['organization']);
  });

  it('types a club named like a given name listed with a club', () => {
    const types = typesOf(entitiesOf('Supporters of Arsenal and Chelsea joined the march.'));
    expect(types.get('Chelsea')).toEqual(['organization']);
  });

  it('types an unknown town before a comma and a region as a place', () => {
    const types = typesOf(entitiesOf('The flight exploded over Lockerbie, Scotland, in 1988.'));
    expect(types.get('Lockerbie')).toEqual(['place']);
  });

  it('does not read a clause boundary as a list', () => {
    const types = typesOf(entitiesOf('Troops will leave Chechnya, Interfax news agency said.'));
    expect(types.get('Interfax')).toEqual(['organization']);
  });
});

describe('sentence-initial words that are also surnames', () => {
  it('reads "Young people" as the ordinary word', () => {
    expect(typesOf(entitiesOf('Young people marched on Thursday against the tax.')).has('Young')).toBe(false);
  });

  it('keeps a surname followed by a verb of speech, and an unknown one', () => {
    const types = typesOf(entitiesOf('Young said he would stay. Sheinbaum said Mexico would retaliate.'));
    expect(types.get('Young')).toEqual(['person']);
    expect(types.get('Sheinbaum')).toEqual(['person']);
  });
});

describe('companies in business news', () => {
  it('takes "shares of X" for a company, even one named like a river, but not a country', () => {
    const types = typesOf(entitiesOf('Shares of Amazon rose 2%, while shares of Britain’s banks fell.'));
    expect(types.get('Amazon')).toEqual(['organization']);
    expect(types.get('Britain')).toEqual(['place']);
  });

  it('types a camel-case brand as a company even before "said"', () => {
    const types = typesOf(entitiesOf('Analysts at Goldman Sachs agreed. JPMorgan said profits rose.'));
    expect(types.get('JPMorgan')).toEqual(['organization']);
  });

  it('leaves the modifier "San Francisco-based" out of names', () => {
    const entities = entitiesOf('Anthropic is a San Francisco-based startup backed by Amazon and Google.');
    expect(entities.some((e) => e.name === 'San')).toBe(false);
  });

  it('does not take "AI" or "GDP" for organisations', () => {
    const entities = entitiesOf('Britain wants to be an AI superpower, and its GDP must grow.');
    expect(entities.map((e) => e.id)).toEqual(['place:iso:GB']);
  });
});

describe('bodies, relatives and Arabic place names', () => {
  it('types the United Nations and the Muslim Brotherhood as organisations', () => {
    const types = typesOf(entitiesOf('The United Nations and the Muslim Brotherhood welcomed the truce.'));
    expect(types.get('United Nations')).toEqual(['organization']);
    expect(types.get('Muslim Brotherhood')).toEqual(['organization']);
  });

  it('types a relative named after a kinship word as a person', () => {
    const types = typesOf(
      entitiesOf('"We will not rest," said Einav Zangauker, whose son Matan is held in Gaza.'),
    );
    expect(types.get('Matan')).toEqual(['person']);
  });

  it('types a relative named after any kinship word of kin.ts as a person, stepchildren and in-laws too', () => {
    // Arrange
    const body = 'The actor married in June. His stepson Tavi and his sister-in-law Meera attended.';

    // Act
    const types = typesOf(entitiesOf(body));

    // Assert
    expect(types.get('Tavi')).toEqual(['person']);
    expect(types.get('Meera')).toEqual(['person']);
  });

  it('types names opened by Khan, Deir or Beit as places, and keeps Khan as a surname', () => {
    const types = typesOf(
      entitiesOf(
        'Strikes hit Khan Younis, Deir al-Balah and Jabalia overnight. Mayor Sadiq Khan spoke later.',
      ),
    );
    expect(types.get('Khan Younis')).toEqual(['place']);
    expect(types.get('Deir al-Balah')).toEqual(['place']);
    expect(types.get('Jabalia')).toEqual(['place']);
    expect(types.get('Sadiq Khan')).toEqual(['person']);
  });
});

describe('clubs in football results', () => {
  it('types "<town> City" and a club named like a given name as clubs in a result', () => {
    const types = typesOf(
      entitiesOf('Manchester City beat Brighton 3-1 on Saturday. Chelsea drew 0-0 with Newcastle.'),
    );
    expect(types.get('Manchester City')).toEqual(['organization']);
    expect(types.get('Chelsea')).toEqual(['organization']);
    expect(types.get('Newcastle')).toEqual(['organization']);
  });

  it('keeps a city a place outside results', () => {
    const types = typesOf(
      entitiesOf('Rents in Salt Lake City rose again, and Chelsea Clinton visited Kansas City.'),
    );
    expect(types.get('Salt Lake City')).toEqual(['place']);
    expect(types.get('Kansas City')).toEqual(['place']);
    expect(types.get('Chelsea Clinton')).toEqual(['person']);
  });
});

describe('US political titles and employers', () => {
  it('reads "House Speaker" and abbreviated titles as titles', () => {
    const types = typesOf(
      entitiesOf(
        'House Speaker Mike Johnson won over holdouts. Sen. Bernie Sanders opposed it, and Texas Gov. Greg Abbott criticised it.',
      ),
    );
    expect(types.get('Mike Johnson')).toEqual(['person']);
    expect(types.get('Bernie Sanders')).toEqual(['person']);
    expect(types.get('Greg Abbott')).toEqual(['person']);
    expect(types.get('Texas')).toEqual(['place']);
    expect(types.has('Sen')).toBe(false);
    expect(types.has('Texas Gov')).toBe(false);
  });

  it('types the employer before "economist" or "analyst" as an organisation', () => {
    const types = typesOf(
      entitiesOf('Goldman Sachs economist Alec Phillips said markets had priced in a deal.'),
    );
    expect(types.get('Goldman Sachs')).toEqual(['organization']);
    expect(types.get('Alec Phillips')).toEqual(['person']);
  });
});

describe('titles before names with particles or in lower case', () => {
  it('splits the body from its officer when the name has particles', () => {
    const types = typesOf(
      entitiesOf('Speaking in Brussels, European Commission President Ursula von der Leyen welcomed it.'),
    );
    expect(types.get('European Commission')).toEqual(['organization']);
    expect(types.get('Ursula von der Leyen')).toEqual(['person']);
  });

  it('reads a lower-case "chief executive" as a title before a name', () => {
    const types = typesOf(entitiesOf('TikTok chief executive Shou Zi Chew is expected to attend.'));
    expect(types.get('Shou Zi Chew')).toEqual(['person']);
  });
});

describe('X named by an apposition', () => {
  it('reads "X, the social media platform" as the platform, and X elsewhere in the story with it', () => {
    const x = tagArticle({
      title: 'Musk says X will charge new users',
      body:
        'Elon Musk said on Monday that X, the social media platform formerly known as Twitter, would charge ' +
        'new users a small annual fee to curb bots. X has lost advertisers since Musk bought it in 2022.',
    }).entities.find((e) => e.name === 'X');

    expect(x?.type).toBe('organization');
    expect(x?.mentions.length).toBe(3);
  });
});

describe('a competition named after "in the"', () => {
  it('reads "in the Formula One championship" as no place', () => {
    const entities = tagArticle({
      body: "McLaren's Lando Norris won the race to take the lead in the Formula One championship from Oscar Piastri.",
    }).entities;

    expect(entities.find((e) => e.name === 'Formula One')?.type).not.toBe('place');
  });
});
