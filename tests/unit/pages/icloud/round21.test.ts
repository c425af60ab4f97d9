import { describePanelRounds } from './panel-rounds';
import {
  DEVICES_BELOW,
  FAMILY_MEMBERS,
  FORMATS,
  FREE_AMOUNTS,
  HEADING_ABOVE_ROWS,
  RTL,
  TOTALS_AND_PLANS,
} from './round21-probes';

/** Probes read otherwise, by where, language and probe text, with why. */
const LEFT = new Map<string, string>([]);

describePanelRounds(
  'round 21',
  [
    ['number formats, digits, units', FORMATS],
    ['free amounts', FREE_AMOUNTS],
    ['totals and plans', TOTALS_AND_PLANS],
    ['family members', FAMILY_MEMBERS],
    ['devices below the account', DEVICES_BELOW],
    ['right to left', RTL],
    ['a used heading above rows', HEADING_ABOVE_ROWS],
  ],
  LEFT,
);
