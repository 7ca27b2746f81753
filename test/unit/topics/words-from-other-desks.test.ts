import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';

const ARTS = 'medtop:01000000';
const DISASTER = 'medtop:03000000';
const ECONOMY = 'medtop:04000000';
const ENVIRONMENT = 'medtop:06000000';
const SPORT = 'medtop:15000000';
const MUSIC = 'medtop:20000018';
const TRANSPORT = 'medtop:20000337';
const POLLUTION = 'medtop:20000424';
const LABOUR_STRIKE = 'medtop:20000530';
const GOVERNMENT_POLICY = 'medtop:20000621';
const INFORMATION_TECHNOLOGY = 'medtop:20000763';
const FAMILY = 'medtop:20000780';
const SOCCER = 'medtop:20001065';

const topicsOf = (title: string, body: string) => tagArticle({ title, body }).topics.map((t) => t.id);

describe('words a story borrows from another desk (obituaries, markets, courts, sport)', () => {
  it('reads "his family said" in an obituary as the source of the news, not a family story', () => {
    const title = 'Former finance minister dies at 91';
    const body =
      'Former finance minister and opposition leader Alan Marsh has died at the age of 91, his family said ' +
      'on Sunday. Marsh served three terms in parliament and led the party into two general elections. The ' +
      'prime minister said he had been a fierce debater and a loyal public servant.';

    const topics = topicsOf(title, body);
    expect(topics).not.toContain(FAMILY);
    expect(topics).not.toContain(GOVERNMENT_POLICY);
  });

  it('files "heavy metal" as music and "heavy metals" in a river as pollution, neither as metal prices', () => {
    const music = topicsOf(
      'Guitarist who shaped heavy metal dies',
      "The guitarist, one of heavy metal's pioneers, recorded nine albums with the band and toured until last year.",
    );
    const river = topicsOf(
      'Heavy metals found in river below smelter',
      'Samples showed heavy metals such as lead and cadmium in the river water, and fishing was banned.',
    );

    expect(music).toContain(MUSIC);
    expect(music).not.toContain(ECONOMY);
    expect(river).toContain(POLLUTION);
    expect(river).toContain(ENVIRONMENT);
  });

  it('reads a stock-market debut as business, not a player’s debut', () => {
    const topics = topicsOf(
      'Chip designer soars in Nasdaq debut',
      'Shares of the chip designer jumped 80% in their Nasdaq debut on Wednesday after the company raised ' +
        '$1.2bn in its initial public offering, valuing it at $9bn.',
    );

    expect(topics[0]).toBe(ECONOMY);
    expect(topics).not.toContain(SPORT);
  });

  it('reads rebounds, points and franchise history in a basketball report as sport only', () => {
    const topics = topicsOf(
      'Williams scores 41 as Thunder beat Suns',
      'OKLAHOMA CITY (AP) — Jalen Williams scored 41 points and the Oklahoma City Thunder beat the Phoenix ' +
        'Suns 119-110 on Monday night.\nIsaiah Hartenstein added 16 points and 13 rebounds. The Thunder ' +
        'improved to 19-2, the best start in franchise history.',
    );

    expect(topics[0]).toBe(SPORT);
    expect(topics).not.toContain(ECONOMY);
  });

  it('reads the Boston Celtics as basketball, not the Glasgow football club', () => {
    const topics = topicsOf(
      'Celtics beat Knicks in overtime',
      'Jayson Tatum hit a three-pointer in overtime as the Celtics beat the Knicks 121-117 in the NBA on Friday.',
    );

    expect(topics).not.toContain(SOCCER);
  });

  it('reads the National Snow and Ice Data Center as a climate source, not computing', () => {
    const topics = topicsOf(
      'Greenland ice sheet melt hits record',
      'The Greenland ice sheet lost more ice this summer than in any year since records began, the National ' +
        'Snow and Ice Data Center said on Tuesday. Scientists said warming seas were speeding the melting.',
    );

    expect(topics).not.toContain(INFORMATION_TECHNOLOGY);
  });

  it('reads "transporting" people in a criminal case as no transport business', () => {
    const topics = topicsOf(
      'Promoter jailed for sex trafficking',
      'A nightclub promoter was sentenced to nine years in prison on Monday after a jury convicted him of ' +
        'transporting women across state lines for prostitution. Prosecutors said he had lured them with ' +
        'promises of modelling work.',
    );

    expect(topics).not.toContain(TRANSPORT);
  });

  it('reads an account "hacked" in passing in an indictment as no computing story', () => {
    const topics = topicsOf(
      'Former aide indicted over leaked documents',
      'A federal grand jury indicted a former White House aide on Thursday on charges of retaining secret ' +
        'documents. Prosecutors say he stored them at home and that his phone was later hacked. He pleaded ' +
        'not guilty and his lawyer said the charges were political. The judge set a trial date for March.',
    );

    expect(topics).not.toContain(INFORMATION_TECHNOLOGY);
  });

  it('reads lightning that struck a match as a disaster, and a "lightning strike" by dockers as a walkout', () => {
    const match = topicsOf(
      'Lightning injures players at school football match',
      'Lightning struck a pitch during a school football match in Uganda on Saturday, injuring nine players ' +
        'and the referee, police said. The match was abandoned in the second half.',
    );
    const dockers = topicsOf(
      'Dockers stage lightning strike over pay',
      'Dock workers staged a lightning strike on Tuesday after talks on pay and shift patterns broke down, ' +
        'the union said. Cargo ships waited outside the port.',
    );

    expect(match).toContain(DISASTER);
    expect(dockers).toContain(LABOUR_STRIKE);
  });

  it('reads a concert at a football ground and a person called Bolton as no football', () => {
    const concert = topicsOf(
      'Band plays farewell concert at Villa Park',
      'The band played its last concert at Villa Park in Birmingham on Saturday, with guest singers and a ' +
        'set of 20 songs from their five albums.',
    );
    const adviser = topicsOf(
      'Bolton says talks with Iran have failed',
      'John Bolton, the former national security adviser, said on Monday that talks with Iran over its ' +
        'nuclear programme had failed. Bolton told reporters sanctions should be tightened.',
    );

    expect(concert).toContain(ARTS);
    expect(concert).not.toContain(SPORT);
    expect(adviser).not.toContain(SOCCER);
  });
});
