import type { ImportError } from '../../report';
import type { ImportProblem } from '../../report/import';
import type { Texts } from '../locale-context';

/** Enough to find the first fields to look at; the rest are counted, not listed. */
const SHOWN_PROBLEMS = 3;

/**
 * One field and what is wrong with it, a limit with what it counts; a problem with the whole
 * facts or file names no field.
 */
function problemText(problem: ImportProblem, t: Texts['t']): string {
  const key = `import.problem.${problem.kind}${problem.unit ? `.${problem.unit}` : ''}`;
  const what = t(key, { limit: problem.limit ?? 0 });
  const text = problem.path === '(root)' ? what : t('import.problem', { path: problem.path, what });
  return problem.alike ? t('import.problem.alike', { problem: text, n: problem.alike }) : text;
}

/** A listed kind of problem counts each place it was found at. */
const found = (problem: ImportProblem) => 1 + (problem.alike ?? 0);

/**
 * Why a file was refused, in the popup's language: the checks' English messages are for the
 * command line, so each problem is worded from its kind here; field names stay as the file
 * spells them, so they can be found in it.
 */
export function importErrorText(error: ImportError, t: Texts['t']): string {
  switch (error.code) {
    case 'too-large':
      return t('import.error.tooLarge');
    case 'not-json':
      if (error.found === 'summary-text') return t('import.error.summaryText');
      if (error.found === 'encoding') return t('import.error.encoding');
      return t('import.error.notJson');
    case 'not-summary':
      return t('import.error.notSummary');
    case 'newer-version':
      return t('import.error.newer', { version: error.version });
    case 'invalid': {
      const listed = error.problems.filter((p) => p.kind !== 'more');
      const unlisted = error.problems.reduce((n, p) => n + (p.count ?? 0), 0);
      const rest =
        listed.slice(SHOWN_PROBLEMS).reduce((n, problem) => n + found(problem), 0) + unlisted;
      const shown = listed.slice(0, SHOWN_PROBLEMS).map((p) => problemText(p, t));
      if (rest > 0) shown.push(t('import.problem.more', { n: rest }));
      // Names of a newer version, not damage: undoing an edit would not help, updating does.
      const key = error.otherVersion ? 'import.error.otherVersion' : 'import.error.invalid';
      return t(key, { problems: shown.join(t('list.separator')) });
    }
  }
}
