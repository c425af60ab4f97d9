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

/** Probes read otherwise, by where, language and probe text, with why (none since round 25). */
const LEFT = new Map<string, string>([]);

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
