import type { HintRequest } from '../messaging/protocol';
import type { AppleStatusObservation } from '../pages/observation';
import { isRecord } from '../pages/json-text';
import type { ExtensionApi } from './extension-api';
import type { HintTexts } from './hint';
import { send } from './send';

/**
 * Hands the status page's reading to the worker and asks, in the same message, for the hint's
 * texts in one language (src/background/hint-texts.ts): the script carries no language's texts,
 * so it stays small and the page's language decides which one is read, and a page that reads once
 * pays one message. Undefined when the user dismissed this situation (hintSituation), or when the
 * worker cannot answer (the extension was reloaded, say): no hint then.
 */
export async function reportStatus(
  api: ExtensionApi,
  observation: AppleStatusObservation,
  hint: HintRequest,
): Promise<HintTexts | undefined> {
  const answer = await send(api, { type: 'observation', site: 'status', observation, hint });
  const texts = isRecord(answer) ? answer.texts : undefined;
  return isRecord(texts) && Object.values(texts).every((text) => typeof text === 'string')
    ? (texts as HintTexts)
    : undefined;
}
