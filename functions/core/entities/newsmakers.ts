import { formTable, nameFormKey } from './name-forms.js';
import { oneRomanisation } from './romanised-given-names.js';
import { WORLD_LEADERS } from './world-leaders.js';

/**
 * People today's news names by one word or by several spellings, with the name their entity gets. An
 * article that writes only "Trump", "Zelenskiy" or "Erdoğan" would otherwise give the person an id of
 * that word (`person:trump`), apart from the `person:donald-trump` of an article that writes the full
 * name, and "who appears with Donald Trump" would miss it. The team's own list: no maintained package
 * lists today's newsmakers.
 *
 * Each row is the name the entity gets, then the other forms that mean that person alone. A surname is
 * listed alone only where the news means that person by it ("Putin", "Macron", "Modi"); common surnames
 * ("Powell", "Carney", "Albanese": a rugby team sheet lists a Powell) and names two newsmakers share
 * ("Medvedev") are left out, so they keep the article's reading, while the full name is still listed for
 * its id and spellings. Forms are compared case- and accent-insensitively, hyphens and periods ignored:
 * "J.D. Vance" covers "JD Vance", "Erdogan" covers "Erdoğan". The spellings of the German, French,
 * Spanish, Dutch and Polish press ("Wladimir Putin", "Selenskyj", "Netanyahou", "Łukaszenka") are forms too:
 * one id for the person in every language the detector reads. A surname alone is left out where it is a
 * word of another language ("Poutine", the dish).
 */
const LISTED: readonly (readonly [string, ...string[]])[] = [
  // United States
  ['Donald Trump', 'Trump', 'Donald J. Trump'],
  ['J.D. Vance', 'Vance', 'James David Vance'],
  ['Marco Rubio', 'Rubio'],
  ['Scott Bessent', 'Bessent'],
  ['Pete Hegseth', 'Hegseth'],
  ['Howard Lutnick', 'Lutnick'],
  ['Tulsi Gabbard', 'Gabbard'],
  ['Kristi Noem', 'Noem'],
  ['Steve Witkoff', 'Witkoff', 'Steven Witkoff'],
  ['Robert F. Kennedy Jr.', 'RFK Jr.', 'Robert F Kennedy Jr'],
  ['Jerome Powell', 'Jay Powell'],
  ['Joe Biden', 'Biden', 'Joseph Biden', 'Joseph R. Biden'],
  ['Barack Obama', 'Obama'],
  ['Nancy Pelosi', 'Pelosi'],
  ['Chuck Schumer', 'Schumer'],
  ['Mitch McConnell', 'McConnell'],
  ['Gavin Newsom', 'Newsom'],
  ['Ron DeSantis', 'DeSantis'],
  ['Zohran Mamdani', 'Mamdani'],
  ['Alexandria Ocasio-Cortez', 'Ocasio-Cortez'],
  ['Elon Musk', 'Musk'],
  ['Jeff Bezos', 'Bezos'],
  ['Mark Zuckerberg', 'Zuckerberg'],
  ['Sundar Pichai', 'Pichai'],
  ['Satya Nadella', 'Nadella'],
  ['Sam Altman', 'Altman'],
  ['Warren Buffett', 'Buffett'],
  ['Jamie Dimon', 'Dimon'],
  // China, the Koreas, Japan, Taiwan
  ['Xi Jinping', 'Xi'],
  ['Kim Jong Un', 'Kim Jong-un', 'Kim Jong Eun', 'Kim Dschong Un'],
  ['Lee Jae-myung', 'Lee Jae Myung'],
  ['Yoon Suk Yeol', 'Yoon Suk-yeol'],
  ['Lai Ching-te', 'Lai Ching te'],
  ['Sanae Takaichi', 'Takaichi'],
  ['Shigeru Ishiba', 'Ishiba'],
  ['Fumio Kishida', 'Kishida'],
  // Common Japanese surnames ("Abe", "Ueda", "Koizumi": another Koizumi was prime minister) in full only.
  ['Shinzo Abe'],
  ['Shinjiro Koizumi'],
  ['Toshimitsu Motegi'],
  ['Minoru Kihara'],
  ['Satsuki Katayama'],
  ['Yoshihiko Noda'],
  ['Kazuo Ueda'],
  ['Masayoshi Son'],
  ['Shohei Ohtani', 'Ohtani'],
  // Russia, Ukraine, Belarus
  [
    'Vladimir Putin',
    'Putin',
    'Wladimir Putin',
    'W\u0142adimir Putin',
    'Vladimir Poutine',
    'Vladimir Poetin',
    'Poetin',
  ],
  [
    'Sergei Lavrov',
    'Lavrov',
    'Sergey Lavrov',
    'Sergej Lawrow',
    'Lawrow',
    'Serguei Lavrov',
    'Siergiej \u0141awrow',
    '\u0141awrow',
  ],
  ['Dmitry Peskov', 'Peskov', 'Dmitri Peskov', 'Dmitri Peskow', 'Peskow'],
  ['Mikhail Mishustin', 'Mishustin', 'Michail Mischustin', 'Mischustin'],
  ['Sergei Shoigu', 'Shoigu', 'Sergey Shoigu', 'Sergej Schoigu', 'Schoigu', 'Serguei Choigou', 'Choigou'],
  [
    'Volodymyr Zelenskyy',
    'Zelenskyy',
    'Zelensky',
    'Zelenskiy',
    'Volodymyr Zelensky',
    'Volodymyr Zelenskiy',
    'Wolodymyr Selenskyj',
    'Selenskyj',
    'Volodimir Zelenski',
    'Zelenski',
    'Volodymyr Zelenskij',
    'Zelenskij',
    'Wo\u0142odymyr Ze\u0142enski',
    'Ze\u0142enski',
  ],
  ['Andriy Yermak', 'Yermak', 'Andrii Yermak', 'Andrij Jermak', 'Jermak'],
  ['Andrii Sybiha', 'Sybiha', 'Andriy Sybiha'],
  ['Yulia Svyrydenko', 'Svyrydenko'],
  [
    'Alexander Lukashenko',
    'Lukashenko',
    'Aleksandr Lukashenko',
    'Alexander Lukaschenko',
    'Lukaschenko',
    'Alexandre Loukachenko',
    'Loukachenko',
    'Alaksandr \u0141ukaszenka',
    'Aleksander \u0141ukaszenka',
    '\u0141ukaszenka',
  ],
  // Europe
  ['Keir Starmer', 'Starmer'],
  ['Kemi Badenoch', 'Badenoch'],
  ['Nigel Farage', 'Farage'],
  ['Rishi Sunak', 'Sunak'],
  ['Emmanuel Macron', 'Macron'],
  ['Marine Le Pen', 'Le Pen'],
  ['Jordan Bardella', 'Bardella'],
  ['Sebastien Lecornu', 'Lecornu'],
  ['Friedrich Merz', 'Merz'],
  ['Olaf Scholz', 'Scholz'],
  ['Angela Merkel', 'Merkel'],
  ['Johann Wadephul', 'Wadephul'],
  ['Giorgia Meloni', 'Meloni'],
  ['Pedro Sanchez', 'Pedro Sánchez'],
  ['Ursula von der Leyen', 'von der Leyen', 'Von der Leyen'],
  ['Kaja Kallas', 'Kallas'],
  ['Christine Lagarde', 'Lagarde'],
  ['Mark Rutte', 'Rutte'],
  ['Viktor Orban', 'Orban'],
  ['Donald Tusk', 'Tusk'],
  ['Karol Nawrocki', 'Nawrocki'],
  ['Andrzej Duda'],
  ['Aleksandar Vucic', 'Vucic'],
  ['Recep Tayyip Erdogan', 'Erdogan', 'Tayyip Erdogan'],
  ['Hakan Fidan', 'Fidan'],
  // Middle East
  ['Benjamin Netanyahu', 'Netanyahu', 'Benjamin Netanjahu', 'Netanjahu', 'Benyamin Netanyahou', 'Netanyahou'],
  // The Palestinian leaders (session 46: "Netanyahu and Arafat met at Erez" had Israel alone). Not "Abbas" alone: Iran's
  // Abbas Araqchi is one too; nor "Arafat" alone: the haj's plain and its Day of Arafat, and a given name ("Arafat
  // Sunny"; read46) - the full name in the story still takes the bare one along (voices.ts).
  ['Yasser Arafat', 'Yasir Arafat'],
  ['Mahmoud Abbas', 'Abu Mazen'],
  ['Hussein al-Sheikh'],
  [
    'Ali Khamenei',
    'Khamenei',
    'Ayatollah Ali Khamenei',
    'Ali Chamenei',
    'Chamenei',
    'Ali Jamenei',
    'Jamenei',
  ],
  ['Masoud Pezeshkian', 'Pezeshkian', 'Massud Peseschkian', 'Peseschkian', 'Massoud Pezeshkian'],
  ['Abbas Araqchi', 'Araqchi', 'Araghchi', 'Abbas Araghchi'],
  [
    'Abdel Fattah al-Sisi',
    'al-Sisi',
    'el-Sisi',
    'Sisi',
    'Abdel Fattah el-Sisi',
    'Abdel Fattah al-Sissi',
    'al-Sissi',
  ],
  ['Ahmed al-Sharaa', 'al-Sharaa', 'Sharaa'],
  [
    'Bashar al-Assad',
    'Assad',
    'al-Assad',
    'Baschar al-Assad',
    'Bachar al-Assad',
    'Bachar el-Assad',
    'Bashar al Asad',
  ],
  // Religious leaders the news names by their title alone, with the article ("The Dalai Lama visited Taiwan"): the
  // title is the person's name; read as words no list knows after "the", it was a body (ents54's rule, ents55).
  ['Dalai Lama', 'Tenzin Gyatso'],
  ['Panchen Lama'],
  ['Aga Khan'],
  // International bodies
  ['Antonio Guterres', 'Guterres', 'António Guterres'],
  ['Tedros Adhanom Ghebreyesus', 'Tedros'],
  ['Kristalina Georgieva', 'Georgieva'],
  // South and South-East Asia, Oceania
  ['Narendra Modi', 'Modi'],
  ['Subrahmanyam Jaishankar', 'Jaishankar', 'S. Jaishankar'],
  ['Prabowo Subianto', 'Prabowo'],
  ['Anthony Albanese'],
  ['Christopher Luxon', 'Luxon'],
  ['Chris Hipkins', 'Hipkins'],
  ['Winston Peters'],
  ['Nicola Willis'],
  // The Americas
  ['Mark Carney'],
  ['Justin Trudeau', 'Trudeau'],
  ['Claudia Sheinbaum', 'Sheinbaum'],
  ['Luiz Inacio Lula da Silva', 'Lula', 'Lula da Silva', 'Luiz Inácio Lula da Silva'],
  ['Jair Bolsonaro', 'Bolsonaro'],
  ['Javier Milei', 'Milei'],
  ['Nicolas Maduro', 'Maduro', 'Nicolás Maduro'],
  ['Gustavo Petro'],
  ['Gabriel Boric', 'Boric'],
  // Africa
  ['Cyril Ramaphosa', 'Ramaphosa'],
  ['Bola Tinubu', 'Tinubu'],
  ['William Ruto', 'Ruto'],
  ['Abiy Ahmed', 'Abiy'],
  // Ministers, deputies and opposition leaders of the G20 and of the countries most in the news, as of
  // late 2025 (2026-12-01, helper countries14, review13 C1: "Chancellor Rachel Reeves said taxes would
  // rise" and "Foreign Minister Wang Yi spoke by phone with his Indian counterpart" gave no GB, no CN).
  // A surname alone only where it is rare ("Lammy", "Sitharaman"); "Reeves", "Cooper", "Patel", "Khan",
  // "Sharif", "Marcos", "Herzog", "Pistorius" (Oscar Pistorius) name others as often: full names only.
  ['Wang Yi'],
  ['Li Qiang'],
  ['He Lifeng'],
  ['Rachel Reeves'],
  ['Yvette Cooper'],
  ['David Lammy', 'Lammy'],
  ['Shabana Mahmood'],
  ['Wes Streeting', 'Streeting'],
  ['John Healey'],
  ['Ed Miliband'],
  ['Angela Rayner'],
  ['Andrew Bailey'],
  ['Ed Davey'],
  ['John Swinney', 'Swinney'],
  ['Jean-Noel Barrot'],
  ['Lars Klingbeil', 'Klingbeil'],
  ['Boris Pistorius'],
  ['Frank-Walter Steinmeier', 'Steinmeier'],
  ['Antonio Tajani', 'Tajani'],
  ['Sergio Mattarella', 'Mattarella'],
  ['Nirmala Sitharaman', 'Sitharaman'],
  ['Amit Shah'],
  ['Rajnath Singh'],
  ['Piyush Goyal'],
  ['Rahul Gandhi'],
  ['Jim Chalmers'],
  ['Penny Wong'],
  ['Richard Marles', 'Marles'],
  ['Sussan Ley'],
  ['Anita Anand'],
  ['Francois-Philippe Champagne'],
  ['Pierre Poilievre', 'Poilievre'],
  ['Melanie Joly'],
  ['Fernando Haddad'],
  ['Geraldo Alckmin', 'Alckmin'],
  ['Marcelo Ebrard', 'Ebrard'],
  ['Luis Caputo'],
  ['Paul Mashatile', 'Mashatile'],
  ['Ronald Lamola', 'Lamola'],
  ['Enoch Godongwana', 'Godongwana'],
  ['John Steenhuisen', 'Steenhuisen'],
  ['Mohammed bin Salman', 'Mohammed ben Salmane', 'Mohammed ben Salman', 'Mohamed bin Salman'],
  ['Faisal bin Farhan'],
  ['Mohamed bin Zayed'],
  ['Tamim bin Hamad Al Thani'],
  ['Maria Zakharova', 'Zakharova', 'Maria Sacharowa', 'Sacharowa', 'Maria Zajarova', 'Zajarova'],
  ['Yuri Ushakov'],
  ['Kirill Dmitriev'],
  ['Elvira Nabiullina', 'Nabiullina'],
  ['Dmitry Medvedev', 'Dmitri Medvedev', 'Dmitri Medwedew'],
  ['Denys Shmyhal', 'Shmyhal'],
  ['Rustem Umerov', 'Umerov'],
  ['Oleksandr Syrskyi', 'Syrskyi'],
  ['Israel Katz'],
  ['Gideon Saar', "Gideon Sa'ar"],
  ['Isaac Herzog'],
  ['Itamar Ben-Gvir', 'Ben-Gvir'],
  ['Bezalel Smotrich', 'Smotrich'],
  ['Yair Lapid', 'Lapid'],
  ['Ali Larijani', 'Larijani'],
  ['Shehbaz Sharif'],
  ['Asim Munir'],
  ['Ishaq Dar'],
  ['Imran Khan'],
  ['Asif Ali Zardari', 'Zardari'],
  ['Muhammad Yunus'],
  ['Sheikh Hasina', 'Hasina'],
  ['Ferdinand Marcos Jr.', 'Bongbong Marcos', 'Ferdinand Marcos Jr', 'Ferdinand R. Marcos Jr.'],
  ['Sara Duterte'],
  ['Rodrigo Duterte'],
  ['Kashim Shettima', 'Shettima'],
  ['Nyesom Wike', 'Wike'],
  ['Atiku Abubakar', 'Atiku'],
  ['Peter Obi'],
  ['Raila Odinga', 'Odinga'],
  ['Kithure Kindiki', 'Kindiki'],
  ['Rigathi Gachagua', 'Gachagua'],
  ['Anwar Ibrahim'],
  ['Lawrence Wong'],
  ['Anutin Charnvirakul', 'Anutin'],
  ['Dick Schoof', 'Schoof'],
  ['Rob Jetten', 'Jetten'],
  ['Bart De Wever', 'De Wever'],
  ['Micheal Martin'],
  ['Mette Frederiksen'],
  ['Ulf Kristersson', 'Kristersson'],
  ['Alexander Stubb', 'Stubb'],
  ['Jonas Gahr Store', 'Gahr Store'],
  ['Ilham Aliyev', 'Aliyev'],
  ['Nikol Pashinyan', 'Pashinyan'],
  ['Abdel Fattah al-Burhan', 'al-Burhan'],
  ['Mohamed Hamdan Dagalo', 'Hemedti', 'Dagalo'],
  ['Maria Corina Machado'],
  // Heads of state and government review14 C4 found giving no country ("<Name> said on Monday …").
  ['Yoweri Museveni', 'Museveni'],
  ['John Mahama', 'John Dramani Mahama', 'Mahama'],
  ['Anura Kumara Dissanayake'],
  ['To Lam'],
  ['Felix Tshisekedi', 'Tshisekedi', 'Félix Tshisekedi'],
  ['Paul Kagame', 'Kagame'],
  ['Emmerson Mnangagwa', 'Mnangagwa'],
  ['Hakainde Hichilema', 'Hichilema'],
  ['Abdelmadjid Tebboune', 'Tebboune'],
  ['Andrew Holness'],
  ['Samia Suluhu Hassan'],
  ['Ibrahim Traore'],
  ['Nicusor Dan'],
  ['Petr Pavel'],
  ['Robert Fico', 'Fico'],
  // Cambodia's prime minister and his father, the Senate's president ("Sen" would read as a senator's title).
  ['Hun Manet'],
  ['Hun Sen'],
  // Sport
  ['Lionel Messi', 'Messi'],
  ['Kylian Mbappe', 'Mbappe'],
  ['Erling Haaland', 'Haaland'],
  ['Novak Djokovic', 'Djokovic'],
  ['Carlos Alcaraz', 'Alcaraz'],
  ['Jannik Sinner'],
  ['Iga Swiatek', 'Swiatek'],
  ['Aryna Sabalenka', 'Sabalenka'],
  ['Max Verstappen', 'Verstappen'],
];

/** The rows above and the leaders of world-leaders.ts, past and present. */
const NEWSMAKERS: readonly (readonly [string, ...string[]])[] = [
  ...LISTED,
  ...Object.values(WORLD_LEADERS).flat(),
];

/**
 * Listed newsmakers who speak and act for a country: its leaders, ministers, opposition leaders and
 * national politicians, past and present. "Putin said", "Starmer told MPs" is that country in the news as
 * much as "the Kremlin said" is, so every listed form of these names counts as a mention of the country
 * (the gazetteer compiles them as metonyms). People of business, sport and international bodies are
 * left out: "Musk" or "Guterres" says nothing about a country. Names are the rows' first names.
 */
const LISTED_VOICES: Readonly<Record<string, readonly string[]>> = {
  US: [
    'Donald Trump',
    'J.D. Vance',
    'Marco Rubio',
    'Scott Bessent',
    'Pete Hegseth',
    'Howard Lutnick',
    'Tulsi Gabbard',
    'Kristi Noem',
    'Steve Witkoff',
    'Robert F. Kennedy Jr.',
    'Jerome Powell',
    'Joe Biden',
    'Barack Obama',
    'Nancy Pelosi',
    'Chuck Schumer',
    'Mitch McConnell',
    'Gavin Newsom',
    'Ron DeSantis',
    'Zohran Mamdani',
    'Alexandria Ocasio-Cortez',
  ],
  CN: ['Xi Jinping', 'Wang Yi', 'Li Qiang', 'He Lifeng'],
  KP: ['Kim Jong Un'],
  KR: ['Lee Jae-myung', 'Yoon Suk Yeol'],
  TW: ['Lai Ching-te'],
  JP: [
    'Sanae Takaichi',
    'Shigeru Ishiba',
    'Fumio Kishida',
    'Shinzo Abe',
    'Shinjiro Koizumi',
    'Toshimitsu Motegi',
    'Minoru Kihara',
    'Satsuki Katayama',
    'Yoshihiko Noda',
    'Kazuo Ueda',
  ],
  RU: [
    'Vladimir Putin',
    'Sergei Lavrov',
    'Dmitry Peskov',
    'Mikhail Mishustin',
    'Sergei Shoigu',
    'Maria Zakharova',
    'Yuri Ushakov',
    'Kirill Dmitriev',
    'Elvira Nabiullina',
    'Dmitry Medvedev',
  ],
  UA: [
    'Volodymyr Zelenskyy',
    'Andriy Yermak',
    'Andrii Sybiha',
    'Yulia Svyrydenko',
    'Denys Shmyhal',
    'Rustem Umerov',
    'Oleksandr Syrskyi',
  ],
  BY: ['Alexander Lukashenko'],
  GB: [
    'Keir Starmer',
    'Kemi Badenoch',
    'Nigel Farage',
    'Rishi Sunak',
    'Rachel Reeves',
    'Yvette Cooper',
    'David Lammy',
    'Shabana Mahmood',
    'Wes Streeting',
    'John Healey',
    'Ed Miliband',
    'Angela Rayner',
    'Andrew Bailey',
    'Ed Davey',
    'John Swinney',
  ],
  FR: ['Emmanuel Macron', 'Marine Le Pen', 'Jordan Bardella', 'Sebastien Lecornu', 'Jean-Noel Barrot'],
  DE: [
    'Friedrich Merz',
    'Olaf Scholz',
    'Angela Merkel',
    'Johann Wadephul',
    'Lars Klingbeil',
    'Boris Pistorius',
    'Frank-Walter Steinmeier',
  ],
  IT: ['Giorgia Meloni', 'Antonio Tajani', 'Sergio Mattarella'],
  ES: ['Pedro Sanchez'],
  HU: ['Viktor Orban'],
  PL: ['Donald Tusk', 'Karol Nawrocki', 'Andrzej Duda'],
  RS: ['Aleksandar Vucic'],
  TR: ['Recep Tayyip Erdogan', 'Hakan Fidan'],
  IL: [
    'Benjamin Netanyahu',
    'Israel Katz',
    'Gideon Saar',
    'Isaac Herzog',
    'Itamar Ben-Gvir',
    'Bezalel Smotrich',
    'Yair Lapid',
  ],
  PS: ['Yasser Arafat', 'Mahmoud Abbas', 'Hussein al-Sheikh'],
  IR: ['Ali Khamenei', 'Masoud Pezeshkian', 'Abbas Araqchi', 'Ali Larijani'],
  EG: ['Abdel Fattah al-Sisi'],
  SY: ['Ahmed al-Sharaa', 'Bashar al-Assad'],
  IN: [
    'Narendra Modi',
    'Subrahmanyam Jaishankar',
    'Nirmala Sitharaman',
    'Amit Shah',
    'Rajnath Singh',
    'Piyush Goyal',
    'Rahul Gandhi',
  ],
  ID: ['Prabowo Subianto'],
  AU: ['Anthony Albanese', 'Jim Chalmers', 'Penny Wong', 'Richard Marles', 'Sussan Ley'],
  NZ: ['Christopher Luxon', 'Chris Hipkins', 'Winston Peters', 'Nicola Willis'],
  CA: [
    'Mark Carney',
    'Justin Trudeau',
    'Anita Anand',
    'Francois-Philippe Champagne',
    'Pierre Poilievre',
    'Melanie Joly',
  ],
  MX: ['Claudia Sheinbaum', 'Marcelo Ebrard'],
  BR: ['Luiz Inacio Lula da Silva', 'Jair Bolsonaro', 'Fernando Haddad', 'Geraldo Alckmin'],
  AR: ['Javier Milei', 'Luis Caputo'],
  VE: ['Nicolas Maduro', 'Maria Corina Machado'],
  CO: ['Gustavo Petro'],
  CL: ['Gabriel Boric'],
  ZA: ['Cyril Ramaphosa', 'Paul Mashatile', 'Ronald Lamola', 'Enoch Godongwana', 'John Steenhuisen'],
  NG: ['Bola Tinubu', 'Kashim Shettima', 'Nyesom Wike', 'Atiku Abubakar', 'Peter Obi'],
  KE: ['William Ruto', 'Raila Odinga', 'Kithure Kindiki', 'Rigathi Gachagua'],
  ET: ['Abiy Ahmed'],
  SA: ['Mohammed bin Salman', 'Faisal bin Farhan'],
  AE: ['Mohamed bin Zayed'],
  QA: ['Tamim bin Hamad Al Thani'],
  PK: ['Shehbaz Sharif', 'Asim Munir', 'Ishaq Dar', 'Imran Khan', 'Asif Ali Zardari'],
  BD: ['Muhammad Yunus', 'Sheikh Hasina'],
  PH: ['Ferdinand Marcos Jr.', 'Sara Duterte', 'Rodrigo Duterte'],
  MY: ['Anwar Ibrahim'],
  SG: ['Lawrence Wong'],
  TH: ['Anutin Charnvirakul'],
  NL: ['Dick Schoof', 'Rob Jetten'],
  BE: ['Bart De Wever'],
  IE: ['Micheal Martin'],
  DK: ['Mette Frederiksen'],
  SE: ['Ulf Kristersson'],
  FI: ['Alexander Stubb'],
  NO: ['Jonas Gahr Store'],
  AZ: ['Ilham Aliyev'],
  AM: ['Nikol Pashinyan'],
  SD: ['Abdel Fattah al-Burhan', 'Mohamed Hamdan Dagalo'],
  UG: ['Yoweri Museveni'],
  GH: ['John Mahama'],
  LK: ['Anura Kumara Dissanayake'],
  VN: ['To Lam'],
  CD: ['Felix Tshisekedi'],
  RW: ['Paul Kagame'],
  ZW: ['Emmerson Mnangagwa'],
  ZM: ['Hakainde Hichilema'],
  DZ: ['Abdelmadjid Tebboune'],
  JM: ['Andrew Holness'],
  TZ: ['Samia Suluhu Hassan'],
  BF: ['Ibrahim Traore'],
  RO: ['Nicusor Dan'],
  CZ: ['Petr Pavel'],
  SK: ['Robert Fico'],
  KH: ['Hun Manet', 'Hun Sen'],
};

/** The voices above and the leaders of world-leaders.ts, by country code. */
export const COUNTRY_VOICES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  [...new Set([...Object.keys(LISTED_VOICES), ...Object.keys(WORLD_LEADERS)])].map((code) => [
    code,
    [...(LISTED_VOICES[code] ?? []), ...(WORLD_LEADERS[code] ?? []).map((row) => row[0])],
  ]),
);

/**
 * Surnames of `COUNTRY_VOICES` that other people of other countries bear as often ("Rubio" was a governor of
 * the Bank of Spain): they count for the country only inside a longer form ("Marco Rubio", "al-Assad").
 */
export const COMMON_SURNAMES_OF_VOICES: ReadonlySet<string> = new Set([
  'Rubio',
  'McConnell',
  'Nawrocki',
  'Fidan',
  'Assad',
]);

/**
 * Chinese ministers whose name turned round ("Yi Wang", "Qiang Li") is the name of many other people (the
 * authors of a science story): written in their own order only.
 */
const ONE_ORDER: ReadonlySet<string> = new Set(['Wang Yi', 'Li Qiang', 'He Lifeng', 'Li Peng']);

/**
 * Listed people whose two-word name is written in either order. NHK World, the Japan Times and Japan's
 * government releases write Japanese names family name first ("Takaichi Sanae", "ISHIBA Shigeru"), most
 * other English news family name last ("Sanae Takaichi"); Chinese and Korean names, listed family name
 * first as their news writes them, are turned round by some Western copy ("Jae-myung Lee"). Either order
 * is the one person, with one id and one country. Longer names ("Kim Jong Un") have no such second order.
 */
const EITHER_ORDER: ReadonlySet<string> = new Set([
  ...['JP', 'CN', 'KR', 'KP', 'TW']
    .flatMap((code) => COUNTRY_VOICES[code] ?? [])
    .filter((name) => !ONE_ORDER.has(name)),
  'Masayoshi Son',
  'Shohei Ohtani',
]);

/** Each row with the other order of its two-word name, for the people of `EITHER_ORDER`. */
const ROWS: readonly (readonly [string, ...string[]])[] = NEWSMAKERS.map((row) => {
  const words = row[0].split(' ');
  return EITHER_ORDER.has(row[0]) && words.length === 2 ? [...row, `${words[1]} ${words[0]}`] : row;
});

const BY_FORM = formTable(ROWS);

/** Every listed form of a newsmaker's name (the row whose first name is `name`); throws on a name not listed. */
export function formsOfNewsmaker(name: string): readonly string[] {
  const row = ROWS.find((r) => r[0] === name);
  if (!row) throw new Error(`newsmakers: ${name} is not listed`);
  return row;
}

/** The listed person a name written in an article means ("Zelenskiy" → "Volodymyr Zelenskyy"), if any. */
export function newsmakerNamed(written: string): string | undefined {
  return BY_FORM.get(nameFormKey(written));
}

/**
 * The listed person whose list writes this form exactly so, capitals and all: initials the press gives a newsmaker
 * ("AMLO"), not a word in capitals that only matches a name's form ("XI" of a cricket eleven is no "Xi").
 */
export function newsmakerWrittenSo(written: string): string | undefined {
  const name = newsmakerNamed(written);
  return name !== undefined && formsOfNewsmaker(name).includes(written) ? name : undefined;
}

let byRomanisation: Map<string, string> | undefined;
/** A ruling family's name after a Gulf ruler's "bin" name: " al nahyan" of "mohammed bin zayed al nahyan". */
const RULING_FAMILY_AFTER = / (?:bin|ibn) [a-z]+( al [a-z]+)$/;

/**
 * The listed person a name means when it romanises an Arabic given name or article otherwise than the list
 * ("Muhammad bin Salman", "Ahmad Al-Sharaa": romanised-given-names.ts), or adds the ruling family's name after a listed
 * "bin" name ("Mohamed bin Zayed Al Nahyan"), if any. The table is built at the first question.
 */
export function newsmakerRomanised(written: string): string | undefined {
  if (byRomanisation === undefined) {
    byRomanisation = new Map();
    for (const [key, name] of BY_FORM) {
      const one = oneRomanisation(key);
      if (!byRomanisation.has(one)) byRomanisation.set(one, name);
    }
  }
  const key = oneRomanisation(nameFormKey(written));
  const listed = byRomanisation.get(key);
  if (listed !== undefined) return listed;
  const family = RULING_FAMILY_AFTER.exec(key);
  return family ? byRomanisation.get(key.slice(0, key.length - family[1]!.length)) : undefined;
}

/** The last words of the listed newsmakers' full names, keyed as forms are ("sharif", "albanese"). */
let surnames: ReadonlySet<string> | undefined;
/**
 * Whether a word is the surname of a listed newsmaker, even one the list does not name by it alone because it
 * names others too ("Sharif": Shehbaz and Nawaz; "Albanese"): a leader's by its place, as in "the Sharif
 * government".
 */
export function isNewsmakerSurname(word: string): boolean {
  surnames ??= new Set(NEWSMAKERS.map((row) => nameFormKey(row[0].slice(row[0].lastIndexOf(' ') + 1))));
  return surnames.has(nameFormKey(word));
}

/** Countries whose people's names the news writes family name first ("Li Qiang": Premier Li). */
const FAMILY_NAME_FIRST_COUNTRIES = ['CN', 'KR', 'KP', 'TW'];

/** Listed people by their surname's form key ("li" → Li Qiang), made at the first question. */
let bySurname: Map<string, string[]> | undefined;

/**
 * The listed people whose surname is `surname` ("Albanese" → Anthony Albanese; "Li" → Li Qiang, whose family
 * name comes first), by the rows' first names; empty when none.
 */
export function newsmakersOfSurname(surname: string): readonly string[] {
  if (bySurname === undefined) {
    const familyFirst = new Set(FAMILY_NAME_FIRST_COUNTRIES.flatMap((code) => COUNTRY_VOICES[code] ?? []));
    bySurname = new Map();
    for (const [name] of NEWSMAKERS) {
      const words = name.split(' ');
      if (words.length < 2) continue;
      const key = nameFormKey(familyFirst.has(name) ? words[0]! : words[words.length - 1]!);
      const list = bySurname.get(key);
      if (list) list.push(name);
      else bySurname.set(key, [name]);
    }
  }
  return bySurname.get(nameFormKey(surname)) ?? [];
}
