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
const LEFT = new Map<string, string>([]);

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
