import { render } from 'preact';
import { pickLocale } from '../../src/i18n';
import { loadCatalogs } from '../../src/i18n/load';
import { App, START_PARTS } from '../../src/ui/App';
import { readStoredValues, startPreview } from '../../src/ui/stored-values';
import '../../src/ui/theme.css';

// Storage and the start screen's texts are asked for at once, and the first render waits for
// both: its first frame is then the start screen itself (README, "Performance"). A language
// chosen earlier is known only from storage, the one case with a second wait.
const browserTexts = loadCatalogs(pickLocale(navigator.language), START_PARTS);
void readStoredValues().then(async (values) => {
  const chosen = startPreview(values)?.chosenLocale;
  await Promise.all([browserTexts, chosen && loadCatalogs(chosen, START_PARTS)]);
  render(<App stored={{ values }} />, document.getElementById('app')!);
});
