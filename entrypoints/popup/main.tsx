import { render } from 'preact';
import { App } from '../../src/ui/App';
import { loadStoredFlow } from '../../src/ui/flow-state';
import '../../src/ui/theme.css';

// Storage is asked before the first render, so its answer is on its way while the frame paints
// (README, "Performance").
render(<App stored={loadStoredFlow()} />, document.getElementById('app')!);
