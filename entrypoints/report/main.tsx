import { render } from 'preact';
import { PrintReport } from '../../src/ui/export/PrintReport';
import '../../src/ui/theme.css';

render(<PrintReport />, document.getElementById('app')!);
