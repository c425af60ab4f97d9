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

/** Why "3 500 MB of 2 GB used" is still read: one reason for the page and the paste, en and ru. */
const OVER_TOTAL =
  'a used figure above the total reads as over quota: telling a group from a stray figure there would cost bytes the 8 KB script does not have';

/** Probes read otherwise, by where, language and probe text, with why. */
const LEFT = new Map<string, string>([
  [
    'page ar the space used',
    'the page takes the first word "المساحة" (the space) for a name: unread, not misread; no bytes left',
  ],
  [
    'page zh now used',
    '"当前" (now) glued to the verb is not in the page’s words for now: unread; no bytes left',
  ],
  [
    'paste zh now used',
    'the paste asks the page’s words for now, which lack "当前": unread, not misread',
  ],
  ['page en plain space group above the total', OVER_TOTAL],
  ['page ru plain space group above the total', OVER_TOTAL],
  ['paste en plain space group above the total', OVER_TOTAL],
  ['paste ru plain space group above the total', OVER_TOTAL],
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
