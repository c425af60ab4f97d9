import { describePanelRounds } from './panel-rounds';
import {
  DEVICES,
  FAMILY,
  FREE,
  LAYOUTS,
  LOOKS_LIKE_YOU,
  MORE_LANGUAGES,
  NUMBERS,
  REDRAWN,
  RTL,
  TOTALS_AND_PLANS,
  UNCASED_ACCOUNT,
  UNCASED_MEMBERS,
  UNITS,
} from './round23-probes';

/** Probes read otherwise, by where, language and probe text, with why. */
const LEFT = new Map<string, string>([
  [
    'paste ja template copy',
    'the copy keeps the template’s text, which a copy from the page never holds: two usages',
  ],
]);

describePanelRounds(
  'round 23',
  [
    ['numbers', NUMBERS],
    ['units', UNITS],
    ['free amounts', FREE],
    ['totals and plans', TOTALS_AND_PLANS],
    ['family members', FAMILY],
    ['devices', DEVICES],
    ['right to left', RTL],
    ['a panel drawn twice', REDRAWN],
    ['words that end like "you"', LOOKS_LIKE_YOU],
    ['more languages', MORE_LANGUAGES],
    ['layouts', LAYOUTS],
    ['members named without capitals', UNCASED_MEMBERS],
    ['the account’s line opening without capitals', UNCASED_ACCOUNT],
  ],
  LEFT,
);
