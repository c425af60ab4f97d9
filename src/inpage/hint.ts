import { htmlLang, interpolate, type Locale } from '../i18n';
import type { IcloudSummary, IcloudVerdict } from '../pages/apple-status/summary';
import { stripInvisible } from '../pages/text';

export type InpageKey = keyof typeof import('../../content/locales/en/inpage.json');
/** One language's hint texts (content/locales/<lang>/inpage.json), read by the worker. */
export type HintTexts = Readonly<Record<string, string>>;

/** The verdict, with Apple's problem named for the hint's keys and colours. */
export type HintTone = Exclude<IcloudVerdict, 'apple-problem'> | 'problem';

export interface HintView {
  locale: Locale;
  tone: HintTone;
  title: string;
  body: string;
  related?: string;
  /**
   * Every iCloud-related service found on the page, with its state in words; empty when all of
   * them are available.
   */
  services: { name: string; state: string }[];
  situation: string;
  /** The panel's own words: its accessible name, the services list's, the two buttons. */
  labels: { region: string; services: string; continue: string; dismiss: string };
}

/** Identifies the situation, so a dismissal only hides this one. */
export function hintSituation({ backup }: IcloudSummary): string {
  return `${backup.verdict}|${backup.state}|${backup.since ?? ''}`;
}

/**
 * What the hint says for a status summary, in the language of `texts`. Pure, so every wording
 * is tested. A missing text shows its key rather than nothing.
 */
export function hintView(summary: IcloudSummary, locale: Locale, texts: HintTexts): HintView {
  const t = (key: InpageKey, params?: Record<string, string>) =>
    interpolate(texts[key] ?? key, params);
  const { verdict, state, since } = summary.backup;
  const tone: HintTone = verdict === 'apple-problem' ? 'problem' : verdict;
  // Service names are the page's own text: cleaned again right before they are shown.
  const relatedNames = summary.services
    .filter((service) => summary.otherProblems.includes(service.id))
    .map((service) => stripInvisible(service.name));
  let body: string;
  if (tone === 'problem') {
    // Apple's problem is an issue or an outage (summarizeIcloud): the state names its kind.
    const kind = t(`hint.kind.${state as 'issue' | 'outage'}`);
    body = since
      ? t('hint.body.problemSince', { kind, since: formatSince(since, locale) })
      : t('hint.body.problem', { kind });
  } else {
    // Beside a related service Apple reports a problem with, the cause may still be Apple's.
    body = t(`hint.body.${tone === 'available' && relatedNames[0] ? 'related' : tone}`);
  }
  const view: HintView = {
    locale,
    tone,
    title: t(`hint.title.${tone}`),
    body,
    // A list in which every iCloud service is available adds nothing to the title and body
    // (which say Apple's servers are fine), so the hint leaves it out and the page lays out less.
    services: summary.services.every((service) => service.state === 'available')
      ? []
      : summary.services.map((service) => ({
          name: stripInvisible(service.name),
          state: t(`hint.state.${service.state}`),
        })),
    situation: hintSituation(summary),
    labels: {
      region: t('hint.label'),
      services: t('hint.services'),
      continue: t('hint.continue'),
      dismiss: t('hint.dismiss'),
    },
  };
  if (relatedNames[0])
    view.related = t('hint.related', {
      services: relatedNames.join(t('hint.separator')),
    });
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
export function renderHint(host: HTMLElement, view: HintView, actions: HintActions): void {
  const doc = host.ownerDocument;
  // The panel's parts have no class: hint.css styles them by their element in it, which costs
  // the status page's script fewer bytes than a class name written in both.
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
    const node = doc.createElement(tag);
    // A new element is empty: no text is the same as none set (5 B of the size budget).
    node.textContent = text ?? '';
    return node;
  };
  const button = (label: string, action: () => void) => {
    // No type="button": in a shadow root no page form owns it, so it submits nothing.
    const node = el('button', label);
    node.addEventListener('click', (event) => {
      if (event.isTrusted) action();
    });
    return node;
  };
  const panel = el('section');
  panel.className = `hint hint--${view.tone}`;
  // A named section is a region landmark without a role attribute (11 B of the size budget).
  panel.setAttribute('aria-label', view.labels.region);
  panel.lang = htmlLang(view.locale);
  panel.append(el('h2', view.title), el('p', view.body));
  if (view.related) panel.append(el('p', view.related));
  if (view.services.length > 0) {
    const list = el('ul');
    list.setAttribute('aria-label', view.labels.services);
    for (const service of view.services) {
      list.append(el('li', `${service.name}: ${service.state}`));
    }
    panel.append(list);
  }
  // The first button is the one to go on with (hint.css draws it filled).
  const buttons = el('div');
  buttons.append(
    button(view.labels.continue, actions.onContinue),
    button(view.labels.dismiss, actions.onDismiss),
  );
  panel.append(buttons);
  host.replaceChildren(panel);
}
