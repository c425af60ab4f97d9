import type { Locale } from '../i18n';
import type { IcloudSummary } from '../pages/apple-status/summary';
import { stripInvisible } from '../pages/text';
import { inpageText, type InpageKey } from './texts';

export type HintTone = 'problem' | 'maintenance' | 'available' | 'unknown';

export interface HintView {
  tone: HintTone;
  title: string;
  body: string;
  related?: string;
  /** Every iCloud-related service found on the page, with its state in words. */
  services: { name: string; state: string }[];
  /** Identifies the situation, so a dismissal only hides this one. */
  situation: string;
}

const TONE: Record<IcloudSummary['backup']['verdict'], HintTone> = {
  'apple-problem': 'problem',
  maintenance: 'maintenance',
  available: 'available',
  unknown: 'unknown',
};

/** What the hint says for a status summary, in one language. Pure, so every wording is tested. */
export function hintView(summary: IcloudSummary, locale: Locale): HintView {
  const t = (key: InpageKey, params?: Record<string, string>) => inpageText(locale, key, params);
  const { verdict, state, since } = summary.backup;
  const tone = TONE[verdict];
  let body: string;
  if (tone === 'problem') {
    const kind = t(state === 'outage' ? 'hint.kind.outage' : 'hint.kind.issue');
    body = since
      ? t('hint.body.problemSince', { kind, since: formatSince(since, locale) })
      : t('hint.body.problem', { kind });
  } else {
    body = t(`hint.body.${tone}`);
  }
  // Service names are the page's own text: cleaned again right before they are shown.
  const relatedNames = summary.services
    .filter((service) => summary.otherProblems.includes(service.id))
    .map((service) => stripInvisible(service.name));
  const view: HintView = {
    tone,
    title: t(`hint.title.${tone}`),
    body,
    services: summary.services.map((service) => ({
      name: stripInvisible(service.name),
      state: t(`hint.state.${service.state}`),
    })),
    situation: `${verdict}|${state}|${since ?? ''}`,
  };
  if (relatedNames.length > 0)
    view.related = t('hint.related', { services: relatedNames.join(', ') });
  return view;
}

function formatSince(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export interface HintActions {
  onContinue: () => void;
  onDismiss: () => void;
}

/**
 * Builds the panel inside `host` (a closed shadow root's container); the page's CSS cannot reach
 * it. Buttons act only on trusted events (a real click, or Enter/Space on the focused button):
 * a script can dispatch clicks, but not trusted ones.
 */
export function renderHint(
  host: HTMLElement,
  view: HintView,
  locale: Locale,
  actions: HintActions,
): void {
  const doc = host.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const node = doc.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const button = (className: string, key: InpageKey, action: () => void) => {
    const node = el('button', className, inpageText(locale, key));
    node.type = 'button';
    node.addEventListener('click', (event) => {
      if (event.isTrusted) action();
    });
    return node;
  };
  const panel = el('section', `hint hint--${view.tone}`);
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', inpageText(locale, 'hint.label'));
  panel.lang = locale;
  panel.append(el('h2', 'hint__title', view.title), el('p', 'hint__body', view.body));
  if (view.related) panel.append(el('p', 'hint__related', view.related));
  if (view.services.length > 0) {
    const list = el('ul', 'hint__services');
    list.setAttribute('aria-label', inpageText(locale, 'hint.services'));
    for (const service of view.services) {
      list.append(el('li', '', `${service.name}: ${service.state}`));
    }
    panel.append(list);
  }
  const buttons = el('div', 'hint__actions');
  buttons.append(
    button('hint__continue', 'hint.continue', actions.onContinue),
    button('hint__dismiss', 'hint.dismiss', actions.onDismiss),
  );
  panel.append(buttons);
  host.replaceChildren(panel);
}
