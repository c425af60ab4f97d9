import { afterEach, beforeEach, expect, it } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Facts } from '../../../src/engine/facts';
import { App } from '../../../src/ui/App';
import { sessionItem } from '../../../src/storage/items';
import { newSession } from '../../../src/storage/session';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

it.each([
  ['ja-JP', /「[^」]*「/],
  ['zh-CN', /“[^”]*“/],
] as const)('%s: a quoted step title keeps its own quotes as inner ones', async (tag, nested) => {
  const facts: Facts = {
    stepsTried: { restart_device: 'no_change', check_system_status: 'no_change' },
  };
  await sessionItem.setValue({ ...newSession(new Date()), screen: 'results', facts });
  render(<App languageTag={tag} />);
  await waitFor(() => expect(document.querySelector('.evidence__dir')).toBeTruthy());
  const evidence = [...document.querySelectorAll('.evidence li')].map((li) => li.textContent);
  expect(evidence.join('\n')).toMatch(/[『‘]/);
  for (const line of evidence) expect(line).not.toMatch(nested);
});
