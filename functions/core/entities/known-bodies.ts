import { formTable, nameFormKey } from './name-forms.js';

/**
 * International bodies, central banks and national agencies the news names by an acronym, a short form
 * or another spelling, with the name their entity gets. An article that writes only "IMF" or "the Fed"
 * would otherwise give `organization:imf` and `organization:fed`, apart from the
 * `organization:international-monetary-fund` of an article that writes the full name, and the API's
 * per-entity queries would split one body in two; within an article "the Fed" would not join "the
 * Federal Reserve". The team's own list.
 *
 * Each row is the name the entity gets (the form the news uses most), then the other forms. Left out:
 * acronyms that name two things in the news ("SEC": the regulator and a college sports league; "ICC":
 * the court and the cricket council; "ICE": the exchange, the train and the agency), names other
 * countries' bodies share ("FDA", "EPA", "CDC", "Justice Department", a bare "Security Council": Thailand,
 * Ireland, China, Hong Kong and Russia have theirs), since the list cannot tell whose is meant. Forms are
 * compared as `nameFormKey` does (case, accents, periods and hyphens ignored: "U.N." is "UN").
 */
const KNOWN_BODIES: readonly (readonly [string, ...string[]])[] = [
  ['United Nations', 'UN', 'U.N.'],
  ['UN Security Council', 'U.N. Security Council', 'United Nations Security Council'],
  ['UN General Assembly', 'U.N. General Assembly', 'United Nations General Assembly'],
  ['European Union', 'EU', 'E.U.'],
  ['European Commission', 'EU Commission'],
  ['European Parliament', 'EU Parliament'],
  ['European Central Bank', 'ECB'],
  // The name of 1957–1993 wires (and the demonym before it would make it `other`).
  ['European Community'],
  ['European Economic Community', 'EEC'],
  ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato'],
  ['International Monetary Fund', 'IMF'],
  ['World Bank'],
  ['World Trade Organization', 'WTO', 'World Trade Organisation'],
  ['World Health Organization', 'WHO', 'World Health Organisation'],
  ['International Atomic Energy Agency', 'IAEA'],
  ['International Court of Justice', 'ICJ'],
  [
    'OPEC',
    'Organization of the Petroleum Exporting Countries',
    'Organisation of the Petroleum Exporting Countries',
  ],
  [
    'OECD',
    'Organisation for Economic Co-operation and Development',
    'Organization for Economic Cooperation and Development',
  ],
  ['ASEAN', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations'],
  ['UNHCR', 'United Nations High Commissioner for Refugees', 'UN refugee agency'],
  ['UNICEF', "United Nations Children's Fund"],
  ['UNESCO'],
  ['APEC', 'Asia-Pacific Economic Cooperation'],
  ['World Food Programme', 'WFP', 'World Food Program'],
  ['UN Development Programme', 'UNDP', 'United Nations Development Programme', 'U.N. Development Programme'],
  ['International Olympic Committee', 'IOC'],
  ['FIFA'],
  ['UEFA'],
  ['Federal Reserve', 'Fed', 'U.S. Federal Reserve', 'US Federal Reserve'],
  ['Bank of England', 'BoE', 'BOE'],
  ['Bank of Japan', 'BOJ', 'BoJ'],
  ["People's Bank of China", 'PBOC', 'PBoC'],
  ['Federal Bureau of Investigation', 'FBI'],
  ['Central Intelligence Agency', 'CIA'],
  ['State Department', 'U.S. State Department', 'Department of State', 'U.S. Department of State'],
  // The United States' own: no other country's court or party is named so (a bare "Supreme Court" is).
  ['U.S. Supreme Court', 'US Supreme Court', 'SCOTUS', 'Supreme Court of the United States'],
  ['Republican Party', 'GOP', 'Grand Old Party'],
  ['NASA', 'National Aeronautics and Space Administration'],
  ['Israel Defense Forces', 'IDF', 'Israel Defence Forces'],
  // Statistics offices and weather services economic and weather briefs name by one word, which would
  // otherwise read as a surname before "said".
  ['Islamic State', 'ISIS', 'ISIL', 'Daesh'],
  ['Boko Haram'],
  // "Al" opens these as it opens "Al Gore": without the list, a given name before a word no list knows.
  ['al Qaeda', 'al-Qaeda', 'al Qaida', 'al-Qaida'],
  ['al Shabaab', 'al-Shabaab', 'al Shabab', 'al-Shabab'],
  ['Al Jazeera', 'Al-Jazeera'],
  ['Al Arabiya', 'Al-Arabiya'],
  ['Taliban'],
  // Police and border agencies named by one coined word, which read as a place ("Europol" after Europe's
  // stem) or as a surname before "said"; Spain's Civil Guard by its Spanish name.
  // Security services and a foreign ministry named by a word pair no list knows, read as a person or `other`.
  ['Shin Bet', 'Shabak'],
  ["Quai d'Orsay"],
  ['Europol'],
  ['Interpol'],
  ['Frontex'],
  ['Eurojust'],
  ['Guardia Civil'],
  // Clubs the press shortens by their town's first syllable ("Man City agree deal"), which would be a firm apart.
  ['Manchester City', 'Man City'],
  ['Manchester United', 'Man United', 'Man Utd'],
  ['Mercosur', 'Mercosul'],
  // Regional blocs whose regional adjective read as a place ("The Southern African Development Community said").
  ['Southern African Development Community', 'SADC'],
  ['East African Community', 'EAC'],
  ['Economic Community of West African States', 'ECOWAS', 'Ecowas'],
  ['CARICOM', 'Caribbean Community'],
  // Named with "and", which cut them in two ("U.S. Customs" a body, "Border Protection" a thing).
  [
    'U.S. Customs and Border Protection',
    'Customs and Border Protection',
    'US Customs and Border Protection',
    'CBP',
  ],
  [
    'U.S. Immigration and Customs Enforcement',
    'Immigration and Customs Enforcement',
    'US Immigration and Customs Enforcement',
  ],
  // Aid and rights groups the news quotes in every crisis: their names are ordinary words ("Human Rights
  // Watch", "Save the Children") or one coined word ("Oxfam"), read as a thing or a person before "said"
  // (review31 ★9); the acronyms the news writes for them, but "RSF", in the news mostly Sudan's Rapid Support
  // Forces (read31 F6).
  ['Human Rights Watch', 'HRW'],
  ['Amnesty International'],
  ['Doctors Without Borders', 'MSF', 'Medecins Sans Frontieres'],
  ['Reporters Without Borders', 'Reporters Sans Frontieres'],
  ['Committee to Protect Journalists', 'CPJ'],
  ['International Committee of the Red Cross', 'ICRC'],
  ['Save the Children'],
  ['Friends of the Earth'],
  ['Global Witness'],
  ['Oxfam', 'Oxfam International'],
  ['Greenpeace'],
  ['Transparency International'],
  ['International Crisis Group'],
  ['International Rescue Committee'],
  ['Norwegian Refugee Council'],
  // Parties named by ordinary words, a country's name or a phrase ("Reform UK", "Law and Justice", "Alternative for
  // Germany"): opening a sentence or a headline the ordinary first word was dropped and the country left alone
  // ("Reform UK leader Nigel Farage said" gave the United Kingdom and no party: read34), or the words read as a
  // person ("Plaid Cymru") or as no name.
  ['Reform UK'],
  ['Your Party'],
  ['Plaid Cymru'],
  ['Sinn Fein', 'Sinn F\u00e9in'],
  // Ireland's two main parties ("Fianna Fail is on course …" was a person, "Fine Gael" `other`: wild42 item 10).
  ['Fianna Fail', 'Fianna F\u00e1il'],
  ['Fine Gael'],
  ['National Rally', 'Rassemblement National'],
  ['La France Insoumise', 'France Unbowed'],
  ['Alternative for Germany'],
  ['Law and Justice'],
  // Malaysia's oldest party, by the acronym its own press writes in title case ("Umno said it would stay").
  ['UMNO', 'United Malays National Organisation'],
  ['Civic Platform'],
  ['Civic Coalition'],
  ['Brothers of Italy', "Fratelli d'Italia"],
  ['Five Star Movement'],
  ['Forza Italia'],
  ['Sweden Democrats'],
  // Britain's third party, which the press shortens to "Lib Dems" in every headline ("Lib Dems target Tory seats",
  // "Lib Dem leader Charles Kennedy"): the short form read as a person (a given name's "Lib" before a word no
  // list knows) and stayed apart from the full name (wild47 star 6).
  ['Liberal Democrats', 'Lib Dems', 'Lib Dem', 'LibDems'],
  ['SWIFT'],
  ['Eurostat'],
  ['Destatis'],
  ['Insee', 'INSEE'],
  ['Istat', 'ISTAT'],
  ['Aemet', 'AEMET'],
  ['Statistics Canada', 'StatCan'],
  // A rating agency and a state investor the money pages name by one word, a surname's or no list's
  // ("Fitch said", "Temasek, Singapore's state investor,"), which would read as a person before "said".
  ['Fitch', 'Fitch Ratings'],
  ['Temasek', 'Temasek Holdings'],
  // Firms named by two surnames or words joined with "and" or "&", which would read as two people ("Pratt and
  // Whitney": a place and a person) or lose the first word ("Marks and Spencer": person Spencer): review24 ★6.
  // (Each also written with "and": the forms are made below.)
  ['Pratt & Whitney'],
  ['Marks & Spencer', 'M&S'],
  ['Barnes & Noble'],
  ['Abercrombie & Fitch'],
  ['Smith & Wesson'],
  ['Black & Decker'],
  ['Tate & Lyle'],
  ['Dun & Bradstreet'],
  ['Deloitte & Touche'],
  ['Coopers & Lybrand'],
  // Ordinary words joined ("Cable and Wireless": ORG "Cable" + ORG "Wireless", wild53 Y2), or a surname and a word.
  ['Cable & Wireless'],
  ['Ernst & Young'],
  ['Harland & Wolff'],
  ['Young & Rubicam'],
];

const BY_FORM = formTable(
  KNOWN_BODIES.map((row) => (row[0].includes(' & ') ? [...row, row[0].replace(' & ', ' and ')] : row)),
);

/** Per joining word ("and", "the", "of", "for"), the words of the listed forms' keys that hold it. */
const wordsOfFormsWith = new Map<string, ReadonlySet<string>>();
const PLAIN_LOWER_WORD = /^[a-z]+$/;

/**
 * Whether a name "… `joiner` … `word`" (the word after the joining word, any words after it) may be a listed
 * body's form ("Law and Justice", "Save the Children"): false only for a word of plain lower-case letters that
 * no form holding the joining word holds. A form's key (`nameFormKey`) keeps such a word between spaces as it
 * is, so the caller can skip building the name and looking it up.
 */
export function mayNameKnownBodyWith(joiner: string, word: string): boolean {
  if (!PLAIN_LOWER_WORD.test(word)) return true;
  let words = wordsOfFormsWith.get(joiner);
  if (words === undefined) {
    const found = new Set<string>();
    for (const key of BY_FORM.keys()) {
      const keyWords = key.split(' ');
      if (keyWords.includes(joiner)) for (const w of keyWords) found.add(w);
    }
    words = found;
    wordsOfFormsWith.set(joiner, words);
  }
  return words.has(word);
}

/** The listed forms of one word, as written ("IMF", "Eurostat"; "WHO" in capitals only). */
const ONE_WORD_FORMS = new Set(KNOWN_BODIES.flat().filter((form) => !form.includes(' ')));

/** Whether a word as written is a listed body's form ("Eurostat", "IMF", "Nato"). */
export function isKnownBodyWord(word: string): boolean {
  return ONE_WORD_FORMS.has(word);
}

/** A capital and three to six lower-case letters: an acronym as British and Commonwealth house style writes one. */
const TITLE_CASE_ACRONYM = /^[A-Z][a-z]{3,6}$/;

/**
 * Whether a word is a listed body's acronym in title case ("Opec", "Unicef", "Asean", "Umno"): the Guardian, the
 * BBC, the FT and the Malaysian and South African press write an acronym said as a word so. Only a form the list
 * writes in capitals, of four letters or more ("Who" and "Fed" are other words); the caller asks that the word is
 * no ordinary word, given name or surname ("Swift", "Isis").
 */
export function isKnownBodyAcronymInTitleCase(word: string): boolean {
  return TITLE_CASE_ACRONYM.test(word) && ONE_WORD_FORMS.has(word.toUpperCase());
}

/** The listed body an organisation's name in an article means ("the Fed" → "Federal Reserve"), if any. */
export function knownBodyNamed(written: string): string | undefined {
  return BY_FORM.get(nameFormKey(written));
}

/** `knownBodyNamed` for a name whose key (`nameFormKey`) the caller has made already. */
export function knownBodyOfKey(key: string): string | undefined {
  return BY_FORM.get(key);
}

let longFormOpenings: Set<string> | undefined;
/**
 * Whether a listed body's form of more words opens with the words of `key` (a key as `nameFormKey` makes it: "bank",
 * "bank of" of "Bank of England"): a run of words in capitals stops making longer keys where none does.
 */
export function opensLongerBodyKey(key: string): boolean {
  if (longFormOpenings === undefined) {
    longFormOpenings = new Set();
    for (const form of BY_FORM.keys())
      for (let space = form.indexOf(' '); space > 0; space = form.indexOf(' ', space + 1))
        longFormOpenings.add(form.slice(0, space));
  }
  return longFormOpenings.has(key);
}

let longFormFirsts: Set<string> | undefined;
/**
 * Whether a listed body's form of two or more words starts with the word (its key, as `nameFormKey` makes it:
 * "bank" of "Bank of England", "federal" of "Federal Reserve"): a line in capitals or a title-case headline looks
 * the longer forms up only after such a word.
 */
export function startsKnownBodyForm(lowerWord: string): boolean {
  if (longFormFirsts === undefined) {
    longFormFirsts = new Set();
    for (const key of BY_FORM.keys()) {
      const space = key.indexOf(' ');
      if (space > 0) longFormFirsts.add(key.slice(0, space));
    }
  }
  return longFormFirsts.has(nameFormKey(lowerWord));
}
