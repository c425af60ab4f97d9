import { cleanup, configure } from '@testing-library/preact';
import { afterEach } from 'vitest';

// A screen's first render loads the flow's chunks, which Vite transforms on first use: on a
// busy machine that takes seconds, and a wait cut short fails a test that is right. A wait that
// finds what it looks for returns at once, so a long limit costs a passing test nothing.
configure({ asyncUtilTimeout: 30_000 });

// Vitest runs without globals, so Testing Library does not unmount by itself: a test that
// failed before its own unmount would leave its popup running (and saving) into the next test.
afterEach(cleanup);
