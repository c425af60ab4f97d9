import { browserTexts, storedValues } from './first-requests';
import { render } from 'preact';
import { loadCatalogs, START_PARTS } from '../../src/i18n/load';
import { App } from '../../src/ui/App';
import { startPreview } from '../../src/ui/stored-values';
import '../../src/ui/theme.css';

// Storage and the start screen's texts are asked for at once (first-requests.ts), and the first
// render waits for both: its first frame is then the start screen itself
// (tests/bench/README.md). A language chosen earlier is known only from storage, the one case with a
// second wait.
void storedValues.then(async (values) => {
  const chosen = startPreview(values)?.chosenLocale;
  await Promise.all([browserTexts, chosen && loadCatalogs(chosen, START_PARTS)]);
  render(<App stored={{ values }} />, document.getElementById('app')!);
});
