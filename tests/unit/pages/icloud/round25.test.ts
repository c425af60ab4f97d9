import { describePanelRounds } from './panel-rounds';
import {
  ACCESSIBLE,
  DISAGREE,
  FAMILY,
  LEGEND,
  LOADING,
  MANAGE,
  OTHER_WORDINGS,
  PLANS,
  RTL,
  SPLIT,
  UNIT_FIRST,
} from './round25-probes';

/** Probes read otherwise, by where, language and probe text, with why. */
const LEFT = new Map<string, string>([]);

describePanelRounds(
  'round 25',
  [
    ['accessible text only', ACCESSIBLE],
    ['figures split over elements', SPLIT],
    ['a legend of categories', LEGEND],
    ['the backups dialog', MANAGE],
    ['the plan change screen', PLANS],
    ['a page loading', LOADING],
    ['right to left', RTL],
    ['a unit first or once', UNIT_FIRST],
    ['family sharing', FAMILY],
    ['free and used that disagree', DISAGREE],
    ['other wordings', OTHER_WORDINGS],
  ],
  LEFT,
);
