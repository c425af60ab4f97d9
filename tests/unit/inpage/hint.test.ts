import { describe, expect, it, vi } from 'vitest';
import { hintView, renderHint } from '../../../src/inpage/hint';
import type { IcloudSummary } from '../../../src/pages/apple-status/summary';
import { hintTexts } from '../../support/catalogs';

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
      hintTexts('en'),
    );
    expect(view.tone).toBe('problem');
    expect(view.body).toMatch(/ongoing iCloud Backup outage since .*2022.*Wait for Apple/);
  });

  it('names an issue as an issue, and says nothing of a start it does not know', () => {
    const view = hintView(
      summary({ state: 'issue', verdict: 'apple-problem' }),
      'en',
      hintTexts('en'),
    );
    expect(view.body).toMatch(/^Apple reports an ongoing iCloud Backup issue\. Wait/);
  });

  it('points at the device when Apple reports iCloud Backup as available', () => {
    const view = hintView(
      summary({ state: 'available', verdict: 'available' }),
      'en',
      hintTexts('en'),
    );
    expect(view.title).toBe('Apple reports iCloud Backup as available');
    expect(view.body).toMatch(/likely on your side: the device, its network or the account/);
  });

  it('lists related services with problems', () => {
    const view = hintView(
      summary({ state: 'available', verdict: 'available' }, ['icloud-account-sign-in']),
      'en',
      hintTexts('en'),
    );
    expect(view.related).toBe('Apple reports a problem with: iCloud Account & Sign In.');
  });

  it('does not point at the device when Apple reports a related service down', () => {
    const locales = ['en', 'de', 'es', 'fr', 'it', 'ja', 'zh'] as const;
    for (const locale of locales) {
      const texts = hintTexts(locale);
      const green = summary({ state: 'available', verdict: 'available' });
      const greenBesideProblem = summary({ state: 'available', verdict: 'available' }, [
        'icloud-account-sign-in',
      ]);
      expect(hintView(green, locale, texts).body).toBe(texts['hint.body.available']);
      const beside = hintView(greenBesideProblem, locale, texts);
      expect(beside.title).toBe(texts['hint.title.available']);
      expect(beside.body).toBe(texts['hint.body.related']);
    }
    // Maintenance and an unreadable page say the same whatever else Apple reports.
    const maintenance = { state: 'maintenance', verdict: 'maintenance' } as const;
    expect(
      hintView(summary(maintenance, ['icloud-account-sign-in']), 'en', hintTexts('en')).body,
    ).toBe(hintView(summary(maintenance), 'en', hintTexts('en')).body);
    expect(
      hintView(
        summary({ state: 'available', verdict: 'available' }, ['icloud-account-sign-in']),
        'en',
        hintTexts('en'),
      ).body,
    ).toMatch(/^Apple reports no problem with iCloud Backup itself, but a problem with a related/);
  });

  // Not Intl.ListFormat: its first use in a page loads the browser's list data (about 15 ms).
  it("separates several related services as the hint's language separates a list", () => {
    const two: IcloudSummary = summary({ state: 'available', verdict: 'available' });
    two.services = [
      ...two.services,
      { id: 'icloud-mail' as const, name: 'iCloud Mail', state: 'outage' as const },
    ];
    two.otherProblems = ['icloud-account-sign-in', 'icloud-mail'];
    const related = (locale: 'en' | 'de' | 'ja' | 'zh') =>
      hintView(two, locale, hintTexts(locale)).related;
    expect(related('en')).toBe(
      'Apple reports a problem with: iCloud Account & Sign In, iCloud Mail.',
    );
    expect(related('de')).toBe(
      'Apple meldet ein Problem bei: iCloud Account & Sign In, iCloud Mail.',
    );
    expect(related('ja')).toContain('iCloud Account & Sign In、iCloud Mail');
    expect(related('zh')).toContain('iCloud Account & Sign In、iCloud Mail');
  });

  it('lists the iCloud services found, with their state in words', () => {
    const view = hintView(
      summary({ state: 'outage', verdict: 'apple-problem' }),
      'de',
      hintTexts('de'),
    );
    expect(view.services).toEqual([
      { name: 'iCloud Backup', state: 'Ausfall' },
      { name: 'iCloud Account & Sign In', state: 'Störung' },
    ]);
  });

  it('leaves out the list of services when every one of them is available', () => {
    const allFine = {
      services: [
        { id: 'icloud-backup' as const, name: 'iCloud Backup', state: 'available' as const },
        { id: 'icloud-drive' as const, name: 'iCloud Drive', state: 'available' as const },
      ],
      backup: { state: 'available' as const, verdict: 'available' as const },
      otherProblems: [],
    };
    const host = document.createElement('div');
    renderHint(host, hintView(allFine, 'en', hintTexts('en')), {
      onContinue: () => undefined,
      onDismiss: () => undefined,
    });
    expect(host.querySelector('ul')).toBeNull();
    expect(host.querySelector('h2')?.textContent).toBe('Apple reports iCloud Backup as available');

    const oneNot = {
      ...allFine,
      services: [allFine.services[0]!, { ...allFine.services[1]!, state: 'unknown' as const }],
    };
    expect(hintView(oneNot, 'en', hintTexts('en')).services).toEqual([
      { name: 'iCloud Backup', state: 'available' },
      { name: 'iCloud Drive', state: 'not readable' },
    ]);
  });

  it('says when the page could not be read instead of guessing', () => {
    const view = hintView(summary({ state: 'unknown', verdict: 'unknown' }), 'en', hintTexts('en'));
    expect(view.tone).toBe('unknown');
    expect(view.title).toMatch(/couldn't read/);
  });

  it('speaks German', () => {
    const view = hintView(
      summary({ state: 'outage', verdict: 'apple-problem' }),
      'de',
      hintTexts('de'),
    );
    expect(view.body).toMatch(/andauernden? Ausfall bei iCloud-Backup/);
  });

  it('gives each situation its own identity, so a dismissal does not hide a new outage', () => {
    const ok = hintView(
      summary({ state: 'available', verdict: 'available' }),
      'en',
      hintTexts('en'),
    );
    const outage = hintView(
      summary({ state: 'outage', verdict: 'apple-problem', since: '2022-10-25T17:06:00Z' }),
      'en',
      hintTexts('en'),
    );
    expect(ok.situation).not.toBe(outage.situation);
  });
});

/** What a browser dispatches for a real click; happy-dom has no trusted events of its own. */
function trustedClick(target: Element): void {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

describe('hint panel', () => {
  const render = () => {
    const host = document.createElement('div');
    const actions = { onContinue: vi.fn(), onDismiss: vi.fn() };
    renderHint(
      host,
      hintView(summary({ state: 'issue', verdict: 'apple-problem' }), 'en', hintTexts('en')),
      actions,
    );
    const [go, dismiss] = [...host.querySelectorAll('button')] as HTMLButtonElement[];
    return { host, actions, go: go!, dismiss: dismiss! };
  };

  it('is a labelled region whose buttons act on a real click', () => {
    const { host, actions, go, dismiss } = render();
    // A section with a name is a region landmark (its role is checked in Chromium end to end).
    const region = host.querySelector('section[aria-label]');
    expect(region?.getAttribute('aria-label')).toMatch(/Backup Rescue/);
    trustedClick(go);
    trustedClick(dismiss);
    expect(go.textContent).toBe('Continue troubleshooting');
    expect(actions.onContinue).toHaveBeenCalledOnce();
    expect(actions.onDismiss).toHaveBeenCalledOnce();
    expect([...host.querySelectorAll('ul li')].map((li) => li.textContent)).toEqual([
      'iCloud Backup: issue',
      'iCloud Account & Sign In: issue',
    ]);
  });

  it('tags the panel with its language, Chinese as Simplified script', () => {
    const langOf = (locale: 'de' | 'zh') => {
      const host = document.createElement('div');
      const view = hintView(
        summary({ state: 'available', verdict: 'available' }),
        locale,
        hintTexts(locale),
      );
      renderHint(host, view, { onContinue: vi.fn(), onDismiss: vi.fn() });
      return host.querySelector<HTMLElement>('section[aria-label]')!.lang;
    };
    expect(langOf('de')).toBe('de');
    expect(langOf('zh')).toBe('zh-Hans');
  });

  it('ignores clicks and key events that a script dispatches', () => {
    const { actions, go, dismiss } = render();
    for (let i = 0; i < 20; i++) go.click();
    go.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    dismiss.click();
    dismiss.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(actions.onContinue).not.toHaveBeenCalled();
    expect(actions.onDismiss).not.toHaveBeenCalled();
  });
});

describe('page text in the hint', () => {
  const hidden = [
    '\u202e', // right-to-left override
    '\u2066', // left-to-right isolate
    '\u200f', // right-to-left mark
    '\u200b', // zero-width space
    '\u200d', // zero-width joiner
    '\u2060', // word joiner
    '\ufeff', // byte order mark
    '\u00ad', // soft hyphen
    '\u061c', // Arabic letter mark
    '\u{e0041}', // tag character
  ];

  it('shows service names without bidi controls or invisible characters', () => {
    for (const char of hidden) {
      const name = `iCloud${char} Account & Sign${char} In`;
      const view = hintView(
        {
          services: [
            { id: 'icloud-backup', name: `iCloud${char} Backup`, state: 'available' },
            { id: 'icloud-account-sign-in', name, state: 'outage' },
          ],
          backup: { state: 'available', verdict: 'available' },
          otherProblems: ['icloud-account-sign-in'],
        },
        'en',
        hintTexts('en'),
      );
      const shown = JSON.stringify(view);
      expect(shown, `U+${char.codePointAt(0)?.toString(16)}`).not.toContain(char);
      expect(view.services.map((s) => s.name)).toEqual([
        'iCloud Backup',
        'iCloud Account & Sign In',
      ]);
      expect(view.related).toBe('Apple reports a problem with: iCloud Account & Sign In.');
    }
  });
});
