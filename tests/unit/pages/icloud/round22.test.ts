import { describePanelRounds } from './panel-rounds';
import {
  DEVICES,
  FAMILY,
  FREE,
  GROUPED,
  NAMED_APART,
  REDRAWN,
  RTL,
  TOTALS_AND_PLANS,
  TRAPS,
  UNITS,
  YOU_BESIDE_SHARE,
} from './round22-probes';

/** Probes read otherwise, by where, language and probe text, with why. */
const LEFT = new Map<string, string>([
  [
    'page hr ste, member share',
    'the page does not know the Slavic "ste" (you are): no room in its 8 KB',
  ],
  ['page hr plural verb, family', 'the page does not know the Croatian family word: no room'],
  [
    'paste ro plan line said of no one, family legend',
    'the heading pasted after the verb opens with "Par…", taken for "par" (by): unread',
  ],
  [
    'page he נעשה שימוש',
    'the page takes a first word it does not know ("נעשה", is done) for a name: unread, not misread',
  ],
]);

describePanelRounds(
  'round 22',
  [
    ['grouped thousands, digits of other scripts', GROUPED],
    ['units', UNITS],
    ['free amounts', FREE],
    ['totals and plans', TOTALS_AND_PLANS],
    ['a name apart from the sizes', NAMED_APART],
    ['family members', FAMILY],
    ['devices below the account', DEVICES],
    ['right to left', RTL],
    ['a panel drawn twice', REDRAWN],
    ['figures and labels before the sizes', TRAPS],
    ['"you" beside another share of the whole', YOU_BESIDE_SHARE],
  ],
  LEFT,
);
