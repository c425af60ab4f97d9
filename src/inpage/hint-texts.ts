import type { Locale } from '../i18n';
import type { ContentToBackground } from '../messaging/protocol';
import { isRecord } from '../pages/json-text';
import type { ExtensionApi } from './extension-api';
import type { HintTexts } from './hint';

/**
 * The hint's texts in one language, from the worker (src/background/hint-texts.ts): the script
 * carries no language's texts, so it stays small and the page's language decides which one is
 * read. Undefined when the user dismissed this situation (hintSituation), or when the worker
 * cannot answer (the extension was reloaded, say): no hint then.
 */
export async function requestHintTexts(
  api: ExtensionApi,
  locale: Locale,
  situation: string,
): Promise<HintTexts | undefined> {
  const request: ContentToBackground = { type: 'hint-texts', locale, situation };
  let answer: unknown;
  try {
    answer = await api.runtime.sendMessage(request);
  } catch {
    return undefined;
  }
  const texts = isRecord(answer) ? answer.texts : undefined;
  return isRecord(texts) && Object.values(texts).every((text) => typeof text === 'string')
    ? (texts as HintTexts)
    : undefined;
}
