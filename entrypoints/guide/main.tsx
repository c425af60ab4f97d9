import { render } from 'preact';
import { GuidePage } from '../../src/ui/guide/GuidePage';
import '../../src/ui/theme.css';
import '../../src/ui/guide/guide.css';

render(<GuidePage />, document.getElementById('app')!);
