import type { Locale } from '../knowledge/ids';
import type { StartTexts } from '../knowledge/start-slice';
import { isRecord } from '../pages/json-text';

/**
 * The popup's start texts (StartTexts) are also built into the extension's message bundle, as
 * the message START_MESSAGE of each language's `_locales/<folder>/messages.json`. The browser
 * gives a page its own language's bundle without a file read, synchronously, so the first
 * screen in the browser's language waits for no texts file (tests/bench/README.md). The
 * `ui.json?start` files stay for the other cases: a language chosen in the popup, or a browser
 * whose bundle language is not the one the popup picks (Firefox takes them from different
 * settings).
 */
export const START_MESSAGE = 'popupStartTexts';

/** What the message holds: its language, so a bundle of another language is never used. */
interface StartMessage {
  locale: Locale;
  texts: StartTexts;
}

/**
 * The message's text: JSON, with each `$` doubled, because in a message `$` starts a
 * placeholder and `$$` is how a literal `$` is written.
 */
export function encodeStartMessage(locale: Locale, texts: StartTexts): string {
  const message: StartMessage = { locale, texts };
  return JSON.stringify(message).replaceAll('$', '$$$$');
}

const isText = (value: unknown) => typeof value === 'string';
const isTitled = (value: unknown) => isRecord(value) && isText(value.id) && isText(value.title);

/**
 * The start texts of `locale` from the message as the browser returns it (its `$$` already
 * read as `$`); undefined when the message is missing (the browser returns ""), of another
 * language, or not what encodeStartMessage wrote.
 */
export function decodeStartMessage(message: string, locale: Locale): StartTexts | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed.locale !== locale || !isRecord(parsed.texts)) return undefined;
  const { ui, slice } = parsed.texts;
  const valid =
    isRecord(ui) &&
    Object.values(ui).every(isText) &&
    isRecord(slice) &&
    Array.isArray(slice.alerts) &&
    slice.alerts.every(
      (alert) => isTitled(alert) && Array.isArray(alert.patterns) && alert.patterns.every(isText),
    ) &&
    Array.isArray(slice.symptoms) &&
    slice.symptoms.every(isTitled);
  return valid ? (parsed.texts as unknown as StartTexts) : undefined;
}

/**
 * The start texts of `locale` from the page's message bundle, if it is in that language;
 * `getMessage` is the browser's `i18n.getMessage`.
 */
export function bundledStartTexts(
  getMessage: (name: string) => string,
  locale: Locale,
): StartTexts | undefined {
  try {
    return decodeStartMessage(getMessage(START_MESSAGE), locale);
  } catch {
    return undefined;
  }
}
