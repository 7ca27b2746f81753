import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { detectLanguage } from '../../../functions/core/text/language.js';

// franc-min knows only languages of 8M+ speakers: Danish read as English (and got English tags), Finnish as
// Italian, Ilocano or Quechua (wild46 ★15). Paragraphs written for these tests, not taken from any article.
const DANISH =
  'Regeringen vil hæve forsvarsbudgettet med ti milliarder kroner over de næste fem år, oplyste statsministeren ' +
  'tirsdag på et pressemøde. Pengene skal bruges til nye fregatter og flere soldater. Danmark og Tyskland vil ' +
  'samtidig købe ammunition sammen til Ukraine. Oppositionen kritiserede planen og sagde, at den ikke er ' +
  'finansieret, og at skatterne derfor kan stige.';
const FINNISH =
  'Hallitus aikoo korottaa puolustusmenoja kymmenellä miljardilla eurolla seuraavien viiden vuoden aikana, ' +
  'kertoi pääministeri tiistaina tiedotustilaisuudessa. Rahat käytetään uusiin hävittäjiin ja itärajan ' +
  'valvontaan. Suomi ja Ruotsi ostavat ammuksia yhdessä. Oppositio arvosteli suunnitelmaa ja sanoi, ettei sitä ' +
  'ole rahoitettu ja että verot voivat siksi nousta.';

describe('languages franc-min lacks', () => {
  it('tells a Danish and a Finnish news paragraph', () => {
    // Act
    const languages = [detectLanguage(DANISH), detectLanguage(FINNISH)];

    // Assert
    expect(languages).toEqual(['da', 'fi']);
  });

  it.each([
    [
      'nb',
      'Regjeringen vil øke forsvarsbudsjettet med ti milliarder kroner de neste fem årene, opplyste ' +
        'statsministeren tirsdag. Pengene skal brukes til nye fregatter og flere soldater i nord. Opposisjonen ' +
        'kritiserte planen og sa at den ikke er finansiert, og at skattene derfor kan øke.',
    ],
    [
      'sk',
      'Vláda chce v nasledujúcich piatich rokoch zvýšiť výdavky na obranu o desať miliárd eur, oznámil v utorok ' +
        'predseda vlády. Peniaze sa použijú na nové lietadlá. Opozícia plán kritizovala a povedala, že nie je ' +
        'financovaný a že dane preto môžu stúpnuť.',
    ],
    [
      'sl',
      'Vlada namerava v naslednjih petih letih povečati izdatke za obrambo za deset milijard evrov, je v torek ' +
        'sporočil predsednik vlade. Denar bo namenjen novim letalom. Opozicija je načrt kritizirala in dejala, da ' +
        'ni financiran in da se bodo zato davki morda zvišali.',
    ],
    [
      'lt',
      'Vyriausybė per ateinančius penkerius metus ketina padidinti gynybos išlaidas dešimčia milijardų eurų, ' +
        'antradienį pranešė ministras pirmininkas. Pinigai bus skirti naujiems lėktuvams. Opozicija kritikavo ' +
        'planą ir teigė, kad jis nefinansuotas, todėl mokesčiai gali padidėti.',
    ],
    [
      'lv',
      'Valdība nākamajos piecos gados plāno palielināt aizsardzības izdevumus par desmit miljardiem eiro, otrdien ' +
        'paziņoja ministru prezidents. Nauda tiks izmantota jaunām lidmašīnām. Opozīcija plānu kritizēja un ' +
        'sacīja, ka tas nav finansēts un ka tāpēc nodokļi var pieaugt.',
    ],
    [
      'et',
      'Valitsus kavatseb järgmise viie aasta jooksul suurendada kaitsekulutusi kümne miljardi euro võrra, teatas ' +
        'peaminister teisipäeval. Raha kasutatakse uute lennukite ostmiseks. Opositsioon kritiseeris kava ja ' +
        'ütles, et see ei ole rahastatud ning maksud võivad seetõttu tõusta.',
    ],
    [
      'ca',
      "El govern vol augmentar la despesa en defensa en deu mil milions d'euros durant els pròxims cinc anys, ha " +
        "anunciat aquest dimarts el president. Els diners es destinaran a nous avions. L'oposició ha criticat el " +
        'pla i ha dit que no està finançat i que, per tant, els impostos podrien pujar.',
    ],
    [
      'sq',
      'Qeveria synon të rrisë shpenzimet për mbrojtjen me dhjetë miliardë euro gjatë pesë viteve të ardhshme, ' +
        'njoftoi të martën kryeministri. Paratë do të përdoren për avionë të rinj. Opozita e kritikoi planin dhe ' +
        'tha se ai nuk është i financuar dhe se taksat mund të rriten.',
    ],
    [
      'mk',
      'Владата планира да ги зголеми трошоците за одбрана за десет милијарди евра во следните пет години, ' +
        'соопшти во вторникот премиерот. Парите ќе се користат за нови авиони и за зајакнување на источната ' +
        'граница. Опозицијата го критикуваше планот.',
    ],
    [
      'he',
      'הממשלה מתכוונת להגדיל את תקציב הביטחון בעשרה מיליארד שקלים בחמש השנים הבאות, הודיע ראש הממשלה ביום ' +
        'שלישי. הכסף ישמש לרכישת מטוסים חדשים ולחיזוק הגבול.',
    ],
  ])('tells a news paragraph in %s', (code, text) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it('still tells the neighbours that franc-min knew: Swedish, Czech, Spanish, Bulgarian', () => {
    // Arrange
    const swedish =
      'Regeringen vill höja försvarsbudgeten med tio miljarder kronor under de kommande fem åren, meddelade ' +
      'statsministern på tisdagen. Oppositionen kritiserade planen och sade att den inte är finansierad.';
    const czech =
      'Vláda chce v příštích pěti letech zvýšit výdaje na obranu o deset miliard eur, oznámil v úterý předseda ' +
      'vlády. Opozice plán kritizovala a uvedla, že není financován a že daně proto mohou vzrůst.';
    const spanish =
      'El gobierno quiere aumentar el gasto en defensa en diez mil millones de euros durante los próximos cinco ' +
      'años, anunció el martes el presidente. La oposición criticó el plan y dijo que no está financiado.';
    const bulgarian =
      'Правителството планира да увеличи разходите за отбрана с десет милиарда евро през следващите пет години, ' +
      'съобщи във вторник премиерът. Опозицията разкритикува плана.';

    // Act
    const languages = [swedish, czech, spanish, bulgarian].map(detectLanguage);

    // Assert
    expect(languages).toEqual(['sv', 'cs', 'es', 'bg']);
  });

  it('gives a Danish or Finnish story language-neutral tags: no topics, no English entity rules', () => {
    // Act
    const danish = tagArticle({ title: '', body: DANISH });
    const finnish = tagArticle({ title: '', body: FINNISH });

    // Assert
    expect(danish.language).toBe('da');
    expect(finnish.language).toBe('fi');
    expect(danish.topics).toEqual([]);
    expect(finnish.topics).toEqual([]);
    expect(danish.entities.filter((e) => e.type !== 'place')).toEqual([]);
    expect(finnish.entities.filter((e) => e.type !== 'place')).toEqual([]);
  });

  it('reads the countries a Danish or Finnish story names in its own language', () => {
    // Act
    const danish = tagArticle({ title: '', body: DANISH }).countries.map((c) => c.code);
    const finnish = tagArticle({ title: '', body: FINNISH }).countries.map((c) => c.code);

    // Assert: "Tyskland" (Germany), "Ruotsi" (Sweden), "Suomi" (Finland); "Ukraine" as English writes it.
    expect(danish.sort()).toEqual(['DE', 'DK', 'UA']);
    expect(finnish.sort()).toEqual(['FI', 'SE']);
  });
});
