import { renderHook, waitFor } from '@testing-library/preact';
import { expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFlow, type Flow } from '../../src/ui/use-flow';
import type { Stored } from './stored-state';

/** A window of the flow (the popup or the hint's tab) over the fake browser's storage. */

export const local = fakeBrowser.storage.local;

/** Long enough for a save and the other window's storage event to have run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 40));

export const stored = async () => (await local.get('session')).session as Stored;

export async function openWindow() {
  const hook = renderHook(() => useFlow(undefined, true));
  await waitFor(() => expect(hook.result.current.ready).toBe(true), { timeout: 10_000 });
  await settle();
  return { flow: () => hook.result.current as Flow, unmount: hook.unmount };
}
