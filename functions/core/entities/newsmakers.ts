import { formTable, nameFormKey } from './name-forms.js';

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
 * "J.D. Vance" covers "JD Vance", "Erdogan" covers "Erdoğan".
 */
const NEWSMAKERS: readonly (readonly [string, ...string[]])[] = [
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
  ['Kim Jong Un', 'Kim Jong-un'],
  ['Lee Jae-myung', 'Lee Jae Myung'],
  ['Yoon Suk Yeol', 'Yoon Suk-yeol'],
  ['Lai Ching-te', 'Lai Ching te'],
  ['Sanae Takaichi', 'Takaichi'],
  ['Shigeru Ishiba', 'Ishiba'],
  ['Fumio Kishida', 'Kishida'],
  // Russia, Ukraine, Belarus
  ['Vladimir Putin', 'Putin'],
  ['Sergei Lavrov', 'Lavrov', 'Sergey Lavrov'],
  ['Dmitry Peskov', 'Peskov', 'Dmitri Peskov'],
  ['Mikhail Mishustin', 'Mishustin'],
  ['Sergei Shoigu', 'Shoigu', 'Sergey Shoigu'],
  ['Volodymyr Zelenskyy', 'Zelenskyy', 'Zelensky', 'Zelenskiy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy'],
  ['Andriy Yermak', 'Yermak', 'Andrii Yermak'],
  ['Andrii Sybiha', 'Sybiha', 'Andriy Sybiha'],
  ['Yulia Svyrydenko', 'Svyrydenko'],
  ['Alexander Lukashenko', 'Lukashenko', 'Aleksandr Lukashenko'],
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
  ['Olaf Scholz'],
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
  ['Benjamin Netanyahu', 'Netanyahu'],
  ['Ali Khamenei', 'Khamenei', 'Ayatollah Ali Khamenei'],
  ['Masoud Pezeshkian', 'Pezeshkian'],
  ['Abbas Araqchi', 'Araqchi', 'Araghchi', 'Abbas Araghchi'],
  ['Abdel Fattah al-Sisi', 'al-Sisi', 'el-Sisi', 'Sisi', 'Abdel Fattah el-Sisi'],
  ['Ahmed al-Sharaa', 'al-Sharaa', 'Sharaa'],
  ['Bashar al-Assad', 'Assad', 'al-Assad'],
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

const BY_FORM = formTable(NEWSMAKERS);

/** The listed person a name written in an article means ("Zelenskiy" → "Volodymyr Zelenskyy"), if any. */
export function newsmakerNamed(written: string): string | undefined {
  return BY_FORM.get(nameFormKey(written));
}
