import { ARTS } from './arts.js';
import { COMMUNITY } from './community.js';
import { CRIME_CONFLICT } from './crime-conflict.js';
import { ECONOMY } from './economy.js';
import { POLITICS } from './politics.js';
import { SECTORS } from './sectors.js';
import { SOCIETY } from './society.js';
import { SPORT } from './sport.js';
import { TECHNOLOGY } from './technology.js';
import type { TermTable } from './types.js';

/** Every hand-written term table; the compiler merges a phrase listed under several topics. */
export const TERM_TABLES: readonly TermTable[] = [
  ARTS,
  COMMUNITY,
  CRIME_CONFLICT,
  ECONOMY,
  POLITICS,
  SECTORS,
  SOCIETY,
  SPORT,
  TECHNOLOGY,
];
