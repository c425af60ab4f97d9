import { describe, expect, it, vi } from 'vitest';
import { hintView, renderHint } from '../../../src/inpage/hint';
import type { IcloudSummary } from '../../../src/pages/apple-status/summary';

const summary = (
  backup: IcloudSummary['backup'],
  otherProblems: IcloudSummary['otherProblems'] = [],
) => ({
  services: [
    { id: 'icloud-backup' as const, name: 'iCloud Backup', state: backup.state },
    {
      id: 'icloud-account-sign-in' as const,
      name: 'iCloud Account & Sign In',
      state: 'issue' as const,
    },
  ],
  backup,
  otherProblems,
});

describe('hint wording', () => {
  it('tells the user to wait while Apple reports an outage, with its start', () => {
    const view = hintView(
      summary({ state: 'outage', verdict: 'apple-problem', since: '2022-10-25T17:06:00Z' }),
      'en',
    );
    expect(view.tone).toBe('problem');
    expect(view.body).toMatch(/ongoing iCloud Backup outage since .*2022.*Wait for Apple/);
  });

  it('names an issue as an issue, and says nothing of a start it does not know', () => {
    const view = hintView(summary({ state: 'issue', verdict: 'apple-problem' }), 'en');
    expect(view.body).toMatch(/^Apple reports an ongoing iCloud Backup issue\. Wait/);
  });

  it('points at the device when iCloud Backup is available', () => {
    const view = hintView(summary({ state: 'available', verdict: 'available' }), 'en');
    expect(view.title).toBe('iCloud Backup is available');
    expect(view.body).toMatch(/likely on your device/);
  });

  it('lists related services with problems', () => {
    const view = hintView(
      summary({ state: 'available', verdict: 'available' }, ['icloud-account-sign-in']),
      'en',
    );
    expect(view.related).toBe('Also affected: iCloud Account & Sign In.');
  });

  it('lists the iCloud services found, with their state in words', () => {
    const view = hintView(summary({ state: 'outage', verdict: 'apple-problem' }), 'de');
    expect(view.services).toEqual([
      { name: 'iCloud Backup', state: 'Ausfall' },
      { name: 'iCloud Account & Sign In', state: 'Störung' },
    ]);
  });

  it('says when the page could not be read instead of guessing', () => {
    const view = hintView(summary({ state: 'unknown', verdict: 'unknown' }), 'en');
    expect(view.tone).toBe('unknown');
    expect(view.title).toMatch(/couldn't read/);
  });

  it('speaks German', () => {
    const view = hintView(summary({ state: 'outage', verdict: 'apple-problem' }), 'de');
    expect(view.body).toMatch(/andauernden? Ausfall bei iCloud-Backup/);
  });

  it('gives each situation its own identity, so a dismissal does not hide a new outage', () => {
    const ok = hintView(summary({ state: 'available', verdict: 'available' }), 'en');
    const outage = hintView(
      summary({ state: 'outage', verdict: 'apple-problem', since: '2022-10-25T17:06:00Z' }),
      'en',
    );
    expect(ok.situation).not.toBe(outage.situation);
  });
});

describe('hint panel', () => {
  it('is a labelled region with working buttons', () => {
    const host = document.createElement('div');
    const actions = { onContinue: vi.fn(), onDismiss: vi.fn() };
    renderHint(
      host,
      hintView(summary({ state: 'issue', verdict: 'apple-problem' }), 'en'),
      'en',
      actions,
    );
    const region = host.querySelector('[role="region"]');
    expect(region?.getAttribute('aria-label')).toMatch(/Backup Rescue/);
    const [go, dismiss] = [...host.querySelectorAll('button')];
    go?.click();
    dismiss?.click();
    expect(go?.textContent).toBe('Continue troubleshooting');
    expect(actions.onContinue).toHaveBeenCalledOnce();
    expect(actions.onDismiss).toHaveBeenCalledOnce();
    expect([...host.querySelectorAll('.hint__services li')].map((li) => li.textContent)).toEqual([
      'iCloud Backup: issue',
      'iCloud Account & Sign In: issue',
    ]);
  });
});
