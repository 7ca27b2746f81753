import { describe, expect, it } from 'vitest';
import { tagArticle } from '../../../functions/core/tag.js';
import { detectLanguage } from '../../../functions/core/text/language.js';

describe('detectLanguage', () => {
  it('says English for English news prose', () => {
    const text =
      'Han Zheng, on a mission as an emissary from Chinese President Xi Jinping, addressed a variety of subjects with J.D. Vance, as noted by the transition team.';
    expect(detectLanguage(text)).toBe('en');
  });

  it('says English for ALL-CAPS wire headlines with little or no body', () => {
    expect(detectLanguage('TREASURY SAYS WEAKER DOLLAR WILL HELP NARROW U.S. BUDGET GAP\n')).toBe('en');
    expect(
      detectLanguage('HARBORBANK SAYS PUTTING PERU LOANS ON NONACCRUAL COULD CUT 2ND QTR NET BY 35 MLN DLRS'),
    ).toBe('en');
  });

  it('says English for a list of Asian or African names, which trigrams read as Hausa or Ilocano', () => {
    const cabinet =
      "Japan's new Cabinet\nNew cabinet line-up:\nPrime Minister: Takaichi Sanae\nForeign Minister: Motegi " +
      'Toshimitsu\nFinance Minister: Katayama Satsuki\nDefense Minister: Koizumi Shinjiro\nChief Cabinet ' +
      'Secretary: Kihara Minoru\nEconomy Minister: Akazawa Ryosei\nHealth Minister: Ueno Kenichiro';
    const nominees =
      'Kenya awards nominees\nNominees: Wanjiku Kamau, Otieno Ochieng, Kiprono Kiptoo, Njeri Wambui, Achieng ' +
      'Atieno, Mutua Musyoka, Chebet Jepkosgei, Kamau Njoroge, Akinyi Odhiambo, Kipchoge Keino';

    expect(detectLanguage(cabinet)).toBe('en');
    expect(detectLanguage(nominees)).toBe('en');
    expect(
      detectLanguage(
        'Pemerintah Indonesia pada hari Senin mengumumkan bahwa harga bahan bakar akan naik bulan depan, kata menteri.',
      ),
    ).not.toBe('en');
  });

  it('says English for a short English line whose trigrams lean to Portuguese', () => {
    expect(
      detectLanguage(
        "Canada's prime minister Mark Carney met Mexico's president in Ottawa to discuss trade.",
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'O presidente Lula recebeu o primeiro-ministro do Canadá em Brasília para discutir comércio.',
      ),
    ).toBe('pt');
  });

  it('defaults to English for empty or very short text', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('   \n')).toBe('en');
    expect(detectLanguage('Shares rose 3 pct')).toBe('en');
    expect(detectLanguage('12:30 – 4-1')).toBe('en');
  });

  it('recognises the major European languages as ISO 639-1 codes', () => {
    expect(
      detectLanguage(
        'Le président de la République a annoncé mardi une réforme des retraites pour la fin de l’année.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Die Bundesregierung hat am Mittwoch neue Maßnahmen gegen die hohe Inflation beschlossen.',
      ),
    ).toBe('de');
    expect(
      detectLanguage('El gobierno de España anunció el martes nuevas medidas económicas para las familias.'),
    ).toBe('es');
    expect(
      detectLanguage('O presidente do Brasil visitou a China na semana passada para discutir o comércio.'),
    ).toBe('pt');
    expect(
      detectLanguage('Il governo italiano ha approvato la legge di bilancio dopo una lunga discussione.'),
    ).toBe('it');
  });

  it('recognises a one-line brief in another European language by its function words', () => {
    // Under 60 letters each: trigrams alone are noise there, and these once came out English.
    expect(detectLanguage('La ministre a visité une usine à Toulouse.')).toBe('fr');
    expect(detectLanguage('Der Kanzler ist nach Warschau gereist.')).toBe('de');
    expect(detectLanguage('La policía detuvo a dos hombres en Sevilla.')).toBe('es');
    expect(detectLanguage('NAPOLI - La polizia ha arrestato un uomo.')).toBe('it');
    expect(detectLanguage('Het kabinet heeft de begroting gepresenteerd.')).toBe('nl');
  });

  it('keeps a short English line with a foreign name or one foreign word English', () => {
    expect(detectLanguage('Le Pen said she would run again.')).toBe('en');
    expect(detectLanguage('Da Silva und Costa signed for Porto.')).toBe('en');
    expect(detectLanguage('Real Madrid beat Atletico de Madrid 2-1.')).toBe('en');
    expect(detectLanguage('Die Hard star Bruce Willis is retiring.')).toBe('en');
    expect(detectLanguage('De La Soul win Grammy.')).toBe('en');
    expect(detectLanguage('Die Zeit editor resigns; Der Spiegel hires.')).toBe('en');
  });

  it('recognises a French story full of names that also read as English', () => {
    const text =
      "La France et l'Allemagne signent un accord sur la défense\n\nPARIS (AFP) - Le président Emmanuel " +
      'Macron et le chancelier Friedrich Merz ont signé mardi à Paris un accord de défense commun, alors que ' +
      "la guerre en Ukraine entre dans sa quatrième année. La Pologne et l'Italie pourraient rejoindre le " +
      "fonds, a indiqué l'Élysée. Moscou a dénoncé une « militarisation » de l'Europe.";
    expect(detectLanguage(text)).toBe('fr');
  });

  it('recognises French whose names and cognates bring English within a tenth of it', () => {
    const text =
      "La France et l'Allemagne relancent leur projet d'avion de combat\nPARIS - La France et l'Allemagne ont " +
      "convenu mardi de relancer le projet d'avion de combat du futur, après des mois de désaccords entre " +
      'Dassault et Airbus, a annoncé le ministère des Armées.\nLe président Emmanuel Macron et le chancelier ' +
      'Friedrich Merz doivent se rencontrer à Berlin le mois prochain.';
    expect(detectLanguage(text)).toBe('fr');
  });

  it('recognises a short Swedish or Polish item full of names, whose trigrams leave English close behind', () => {
    const swedish =
      'Kristersson träffade Stubb\nStatsminister Ulf Kristersson träffade Finlands president Alexander Stubb i ' +
      'Stockholm på tisdagen för samtal om Nato och Ryssland.';
    const polish =
      'Tusk i Nawrocki w Brukseli\nDonald Tusk, Karol Nawrocki, Radosław Sikorski i Andrzej Domański spotkali się ' +
      'z Ursulą von der Leyen.';

    expect(detectLanguage(swedish)).toBe('sv');
    expect(detectLanguage(polish)).toBe('pl');
  });

  it('recognises a Polish item mostly of capitalised names by its own words written with diacritics', () => {
    // Arrange: two in three words are capitalised, as in a list of names, but "przemawiał", "mówiono" are prose.
    const polish =
      'Radni rozmawiali o Marku Zielińskim i o Janie Wróblu. Później Marek Zieliński przemawiał w Senacie. ' +
      'W Poznaniu mówiono o Pawle Nowaku.';
    const englishList =
      'Polish cabinet\nPrime Minister: Donald Tusk\nForeign Minister: Radosław Sikorski\nDefence Minister: ' +
      'Władysław Kosiniak-Kamysz\nFinance Minister: Andrzej Domański\nDigital Affairs: Krzysztof Gawkowski';

    // Act
    const language = detectLanguage(polish);

    // Assert
    expect(language).toBe('pl');
    expect(detectLanguage(englishList)).toBe('en');
  });

  it('recognises a Czech story of names that trigrams read as Bosnian, by the letters only Czech writes', () => {
    // Arrange
    const text =
      'PRAHA - Předseda ANO Andrej Babiš jednal v pondělí s premiérem Petrem Fialou. ' +
      'Podle Babiše byla schůzka věcná. Fiala uvedl, že Česko podpoří Ukrajinu.';
    const croatian =
      'ZAGREB - Premijer Andrej Plenković sastao se u ponedjeljak s predsjednicom Europske komisije. ' +
      'Nakon sastanka Plenković je rekao da Hrvatska podržava Ukrajinu i europske vrijednosti.';

    // Act
    const czech = detectLanguage(text);

    // Assert
    expect(czech).toBe('cs');
    expect(['hr', 'bs', 'sr']).toContain(detectLanguage(croatian));
  });

  it('recognises a short Portuguese item whose one English-looking word is the article "as"', () => {
    // Arrange: "as" (the) is an English function word; "orçamento", "oposição" are words of the language.
    const portuguese =
      'Governo\nLISBOA - O Governo aprovou o orçamento. O primeiro-ministro Luís Montenegro defendeu as contas. ' +
      'A oposição criticou.';
    const englishWithAccents =
      'Café owners in São Paulo protest\nPrices of açaí and café com leite rose sharply, traders said.';

    // Act
    const language = detectLanguage(portuguese);

    // Assert
    expect(language).toBe('pt');
    expect(detectLanguage(englishWithAccents)).toBe('en');
  });

  it('keeps a short English brief with one English function word and two accented loanwords English', () => {
    // Arrange: "after" and "vis-à-vis", "déjà vu" read Spanish or French to trigrams (read43 ★7).
    const coup =
      "Niger junta names premier after coup d'\u00e9tat\nGeneral Tiani appoints ex-finance minister Lamine Zeine; " +
      'Bazoum prot\u00e9g\u00e9 arrested, state TV reports.';
    const fed =
      'Fed chair upbeat vis-\u00e0-vis inflation\nPowell tells senators rates likely stay high; markets shrug, ' +
      'Treasury yields little changed after d\u00e9j\u00e0 vu testimony.';

    // Act
    const languages = [detectLanguage(coup), detectLanguage(fed)];

    // Assert
    expect(languages).toEqual(['en', 'en']);
  });

  it('keeps English copy with accented names English when it has English function words', () => {
    const text =
      'Polish Foreign Minister Radosław Sikorski said on Tuesday that Poland would host the talks with Łukasz ' +
      'Kowalski and Józef Wiśniewski of the ministry.';

    expect(detectLanguage(text)).toBe('en');
  });

  it('says English for a line of names whose lower-case words are English, though its trigrams say Quechua', () => {
    // Arrange: the names' trigrams ("-aiah", "Hubballi") outweigh the prose around them; no function word is listed.
    const line = 'Karnataka Chief Minister Venkataramaiah on Monday inaugurated a hospital in Hubballi.';

    // Act
    const result = tagArticle({ body: line });

    // Assert
    expect(detectLanguage(line)).toBe('en');
    expect(result.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Venkataramaiah', 'Karnataka']),
    );
    expect(result.topics.length).toBeGreaterThan(0);
  });

  it('keeps short Hausa, Somali and Swahili lines in their languages, whose lower-case words are their own', () => {
    expect(
      detectLanguage('Gwamnan jihar Kano ya ce a ranar Litinin za a fara aikin gina sabuwar asibiti.'),
    ).toBe('ha');
    expect(
      detectLanguage('Madaxweyne Xasan Sheekh ayaa sheegay in dowladdu ay ka shaqeyn doonto in la dhiso.'),
    ).toBe('so');
    expect(
      detectLanguage('Rais William Ruto amesema serikali itajenga hospitali mpya katika kaunti ya Kisumu.'),
    ).toBe('sw');
  });

  it('recognises languages in other scripts', () => {
    expect(detectLanguage('Рост цен на нефть продолжился в понедельник после решения ОПЕК.')).toBe('ru');
    expect(detectLanguage('中国外交部发言人周二表示，双方将继续就贸易问题进行磋商。')).toBe('zh');
  });

  it('is deterministic and reads only the start of a very long text', () => {
    const long = `The council met on Monday and the mayor said the budget was balanced. `.repeat(20_000);
    expect(detectLanguage(long)).toBe('en');
    expect(detectLanguage(long)).toBe(detectLanguage(long));
  });

  it('says Hindi for short Devanagari Hindi that trigrams read as Bhojpuri or Magahi, and reads its countries', () => {
    // Arrange: "Ceasefire talks between Russia and Ukraine" (Bhojpuri to franc-min); Modi's visit to Japan (Magahi).
    const line = 'रूस और यूक्रेन के बीच युद्धविराम पर बातचीत';
    const item =
      'प्रधानमंत्री नरेंद्र मोदी दो दिवसीय जापान यात्रा पर रवाना हुए। वे टोक्यो में जापानी प्रधानमंत्री से मिलेंगे। भारत और जापान के बीच रक्षा सहयोग पर भी समझौते होने की उम्मीद है।';

    // Act
    const languages = [line, item].map(detectLanguage);
    const countries = tagArticle({ body: item }).countries.map((c) => c.code);

    // Assert
    expect(languages).toEqual(['hi', 'hi']);
    expect(countries).toEqual(expect.arrayContaining(['IN', 'JP']));
  });
});
