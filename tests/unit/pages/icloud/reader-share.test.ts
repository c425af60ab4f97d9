import { describePanelRounds } from './panel-rounds';
import {
  LEFT_UNREAD,
  PLAN_BESIDE_FAMILY,
  UNDER_FAMILY,
  YOU_ALONE,
  YOU_BESIDE_OTHERS,
} from './reader-share-probes';

/**
 * Probes read otherwise, by where, language and probe text, with why. A wrong reading first, then
 * lines left unread that a person would read.
 */
const LEFT = new Map([
  ['page de du, legend', 'a pronoun the page does not know opens the line: unread'],
  ['page ru вы, legend', 'the same'],
  ['page it stai', 'the same'],
  ['page es estás', 'the same'],
  ['page el έχετε', 'the same'],
  ['page vi bạn', 'the same'],
  ['page fr tu, legend', 'the same'],
  ['page nl je', 'the same'],
  ['page sv du', 'the same'],
  ['paste de du, legend', 'a pasted "you" line beside any size counts as a share: unread'],
  ['paste el έχετε', '"Έχετε" is a second-person verb beside the heading’s "Αποθήκευση"'],
  ['page de in all, of which', 'a total-first line opening with "in all" is taken for a name'],
  ['page ru in all, taken', 'the same'],
  ['page cs in all', 'the same'],
  ['page pl in all', 'the same'],
  ['page tr in all', 'the same'],
  ['page fi in all', 'the same'],
]);

describePanelRounds(
  'round 20',
  [
    ['"you" beside a member or the family', YOU_BESIDE_OTHERS],
    ['"you" alone', YOU_ALONE],
    ['the plan beside the family', PLAN_BESIDE_FAMILY],
    ['under a family heading', UNDER_FAMILY],
    ['left unread', LEFT_UNREAD],
  ],
  LEFT,
);
