import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFlowOpener, OPEN_INTERVAL_MS } from '../../../src/background/open-flow';
import { handleContentMessage } from '../../../src/background/router';

const STATUS_URL = 'https://www.apple.com/support/systemstatus/';
const sender = (tabId: number) => ({
  id: fakeBrowser.runtime.id,
  url: STATUS_URL,
  tab: { id: tabId } as never,
});
const flowTabs = async () =>
  (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/popup.html'));

describe('opening the flow from the hint', () => {
  let now = 0;
  let openFlow: ReturnType<typeof createFlowOpener>;
  beforeEach(() => {
    fakeBrowser.reset();
    now = 1_000_000;
    openFlow = createFlowOpener(() => now);
  });

  /** What the background does with a message from a content script. */
  const message = (from: ReturnType<typeof sender>) =>
    handleContentMessage({ type: 'open-flow' }, from, {
      openFlow: () => openFlow(from),
    });

  it('opens one tab for fifty messages sent at once from the content-script world', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await Promise.all(Array.from({ length: 50 }, () => message(sender(7))));
    expect(create).toHaveBeenCalledOnce();
    expect(await flowTabs()).toHaveLength(1);
  });

  it('opens one tab for messages from fifty tabs at once: a burst cannot race past the lookup', async () => {
    await Promise.all(Array.from({ length: 50 }, (_, tab) => message(sender(tab + 1))));
    expect(await flowTabs()).toHaveLength(1);
  });

  it('focuses the open flow tab instead of opening another', async () => {
    await message(sender(7));
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const focus = vi.spyOn(fakeBrowser.windows, 'update');
    await message(sender(8));
    now += OPEN_INTERVAL_MS;
    await message(sender(7));
    const [flow] = await flowTabs();
    expect(await flowTabs()).toHaveLength(1);
    expect(update).toHaveBeenCalledTimes(2);
    expect(update).toHaveBeenCalledWith(flow?.id, { active: true });
    expect(focus).toHaveBeenCalledWith(flow?.windowId, { focused: true });
  });

  it('hears one sender tab at most once per interval, even to focus', async () => {
    await message(sender(7));
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    for (let i = 0; i < 20; i++) {
      now += OPEN_INTERVAL_MS / 20 - 1;
      await message(sender(7));
    }
    expect(update).not.toHaveBeenCalled();
    now += OPEN_INTERVAL_MS;
    await message(sender(7));
    expect(update).toHaveBeenCalledOnce();
  });

  it('opens the flow again once its tab shows something else', async () => {
    await message(sender(7));
    const [flow] = await flowTabs();
    await fakeBrowser.tabs.update(flow!.id!, { url: 'https://www.apple.com/' });
    now += OPEN_INTERVAL_MS;
    await message(sender(7));
    expect(await flowTabs()).toHaveLength(1);
    expect((await flowTabs())[0]?.id).not.toBe(flow?.id);
  });

  it('keeps working after the browser refused to open a tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValueOnce(new Error('no window'));
    await message(sender(7));
    now += OPEN_INTERVAL_MS;
    await message(sender(7));
    expect(await flowTabs()).toHaveLength(1);
  });
});
