import { describePanelRounds } from './panel-rounds';
import {
  FREE_AND_USED,
  FREE_DISAGREES,
  OFFERS,
  OTHER_WORDINGS,
  POSSESSIVE,
  STATUS,
  UNIT_SPELLINGS,
} from './round24b-probes';

/** Probes read otherwise, by where, language and probe text, with why. */
const FREE_LEFT =
  'the page reads the line alone; a check of the free part costs about 150 B of icloud.js';
const LEFT = new Map<string, string>([
  ['page en used part, free part disagree', FREE_LEFT],
  ['page en two lines disagree', FREE_LEFT],
  ['page de two lines disagree', FREE_LEFT],
  ['page fr utilisé, libre disagree', FREE_LEFT],
  ['page ja total first, disagree', FREE_LEFT],
]);

describePanelRounds(
  'round 24b',
  [
    ['the whole owned in words', POSSESSIVE],
    ['status labels', STATUS],
    ['free and used side by side', FREE_AND_USED],
    ['free and used that disagree', FREE_DISAGREES],
    ['unit spellings', UNIT_SPELLINGS],
    ['Korean, Catalan and Persian', OTHER_WORDINGS],
    ['plan offers', OFFERS],
  ],
  LEFT,
);
