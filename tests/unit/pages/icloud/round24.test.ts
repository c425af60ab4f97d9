import { describePanelRounds } from './panel-rounds';
import {
  APPS,
  DEVICES,
  FAMILY,
  FREE,
  HEADED,
  LABELS,
  MORE_LANGUAGES,
  NUMBERS,
  REDRAWN,
  RTL,
  TOTALS_AND_PLANS,
  UNITS,
} from './round24-probes';

/** Probes read otherwise, by where, language and probe text, with why. */
const LEFT = new Map<string, string>([]);

describePanelRounds(
  'round 24',
  [
    ['numbers', NUMBERS],
    ['units', UNITS],
    ['free amounts', FREE],
    ['totals and plans', TOTALS_AND_PLANS],
    ['family members', FAMILY],
    ['devices', DEVICES],
    ['apps', APPS],
    ['right to left', RTL],
    ['a panel drawn twice or loading', REDRAWN],
    ['more languages', MORE_LANGUAGES],
    ['labels and subjects', LABELS],
    ['what heads a line', HEADED],
  ],
  LEFT,
);
