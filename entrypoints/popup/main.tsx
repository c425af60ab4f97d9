import { render } from 'preact';
import { App } from '../../src/ui/App';
import '../../src/ui/theme.css';

render(<App />, document.getElementById('app')!);
