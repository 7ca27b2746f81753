import { newsmakerNamed } from '../entities/newsmakers.js';

/**
 * The word of each listed office holder's title (COUNTRY_VOICES rows) that a bare title before the name
 * holds when it is that office: "Defense Secretary Pete Hegseth", "Foreign Minister Sergei Lavrov",
 * "General Abdel Fattah al-Burhan". namesake-officials.ts reads a newsmaker under a bare title in a story
 * filed from elsewhere as the host's namesake; under the title of the newsmaker's own office the name is the
 * newsmaker abroad (read31 F8: Hegseth in a Caracas story, Lavrov in Beijing, Burhan in Cairo). Offices past
 * and present: news goes on naming the former one. Only titles the bare-title test reads are listed.
 */
const DEFENCE = 'Defen[cs]e|War';
const OWN_OFFICE_WORDS: Readonly<Record<string, string>> = {
  'Scott Bessent': 'Treasury',
  'Pete Hegseth': DEFENCE,
  'Howard Lutnick': 'Commerce',
  'Kristi Noem': 'Security',
  'Robert F. Kennedy Jr.': 'Health',
  'Gavin Newsom': 'Governor',
  'Ron DeSantis': 'Governor',
  'Zohran Mamdani': 'Mayor',
  'Chuck Schumer': 'Senator',
  'Mitch McConnell': 'Senator',
  'Alexandria Ocasio-Cortez': 'Congresswoman',
  'Wang Yi': 'Foreign',
  'Sergei Lavrov': 'Foreign',
  'Sergei Shoigu': DEFENCE,
  'Andrii Sybiha': 'Foreign',
  'Denys Shmyhal': DEFENCE,
  'Rustem Umerov': DEFENCE,
  'Oleksandr Syrskyi': 'General|Gen\\.|Commander',
  'Rachel Reeves': 'Finance',
  'Yvette Cooper': 'Foreign|Home',
  'David Lammy': 'Foreign|Justice',
  'Shabana Mahmood': 'Home|Justice',
  'Wes Streeting': 'Health',
  'John Healey': DEFENCE,
  'Ed Miliband': 'Energy',
  'Jean-Noel Barrot': 'Foreign',
  'Johann Wadephul': 'Foreign',
  'Lars Klingbeil': 'Finance',
  'Boris Pistorius': DEFENCE,
  'Antonio Tajani': 'Foreign',
  'Hakan Fidan': 'Foreign',
  'Israel Katz': `${DEFENCE}|Foreign`,
  'Gideon Saar': 'Foreign',
  'Bezalel Smotrich': 'Finance',
  'Abbas Araqchi': 'Foreign',
  'Subrahmanyam Jaishankar': 'Foreign|External',
  'Nirmala Sitharaman': 'Finance',
  'Amit Shah': 'Home',
  'Rajnath Singh': DEFENCE,
  'Penny Wong': 'Foreign',
  'Richard Marles': DEFENCE,
  'Jim Chalmers': 'Treasurer',
  'Winston Peters': 'Foreign',
  'Nicola Willis': 'Finance',
  'Anita Anand': 'Foreign',
  'Melanie Joly': 'Foreign|Industry',
  'Fernando Haddad': 'Finance',
  'Luis Caputo': 'Economy',
  'Toshimitsu Motegi': 'Foreign',
  'Minoru Kihara': DEFENCE,
  'Shinjiro Koizumi': `${DEFENCE}|Agriculture`,
  'Satsuki Katayama': 'Finance',
  'Faisal bin Farhan': 'Foreign',
  'Ishaq Dar': 'Foreign',
  'Asim Munir': 'General|Gen\\.|Marshal',
  'Abdel Fattah al-Burhan': 'General|Gen\\.|Commander',
  'Mohamed Hamdan Dagalo': 'General|Gen\\.|Commander',
  'Ronald Lamola': 'Foreign',
  'Enoch Godongwana': 'Finance',
};

/** Whether `title` (the text before the name) is the listed newsmaker `written`'s own office. */
export function isOwnOffice(written: string, title: string): boolean {
  const listed = newsmakerNamed(written);
  return listed !== undefined && isListedOwnOffice(listed, title);
}

/** Whether `title` (the text before a name) is the own office of `listed`, a newsmaker row's first name. */
export function isListedOwnOffice(listed: string, title: string): boolean {
  const words = OWN_OFFICE_WORDS[listed];
  return words !== undefined && new RegExp(`\\b(?:${words})\\s+(?:[A-Z][a-z]*\\s+)?$`).test(title);
}
