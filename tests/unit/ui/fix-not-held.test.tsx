import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../src/ui/App';
import { observationsItem, sessionItem } from '../../../src/storage/items';
import { newSession } from '../../../src/storage/session';
import { icloudReading } from '../../support/readings';

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

beforeAll(() =>
  Promise.all([
    import('../../../src/ui/flow-engine'),
    import('../../../src/ui/screens/flow-screens'),
    import('../../../src/ui/screens/later-screens'),
  ]),
);

// Plugging in was marked "This fixed it", which ends on the success screen; icloud.com read
// minutes ago shows 4.8 of 5 GB used against a 3 GB backup, which plugging in cannot change.
const pluggedInFixed = {
  ...newSession(new Date()),
  screen: 'success' as const,
  facts: {
    alertText: 'iCloud Storage Is Full',
    stepsTried: { plug_in_and_lock: 'fixed' as const },
    backupEnabled: true,
    backupSizeBytes: 3e9,
  },
};
const SUCCESS = 'Now check that a backup completes';

describe('"This fixed it" beside a page read that still shows the problem', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('shows the results with the notice, not the success screen', async () => {
    await sessionItem.setValue(pluggedInFixed);
    await observationsItem.setValue({ icloud: icloudReading(minutesAgo(5)) });
    render(<App languageTag="en-US" />);
    expect(await screen.findByText(/still shows the problem/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What to do now' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: SUCCESS })).toBeNull();
  });

  it('ends on the success screen when no page read says otherwise', async () => {
    await sessionItem.setValue(pluggedInFixed);
    render(<App languageTag="en-US" />);
    expect(await screen.findByRole('heading', { name: SUCCESS })).toBeTruthy();
    expect(screen.queryByText(/still shows the problem/)).toBeNull();
  });
});
