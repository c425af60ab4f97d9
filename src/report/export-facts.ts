import { matchAlert } from '../engine/alerts.ts';
import { alertWordings } from '../knowledge/start-slice.ts';
import { TEXT_LIMITS, type Facts, type FactSource } from '../engine/facts.ts';
import { mergeMasked, redact, type MaskCount } from './redact.ts';

/** A page address without query or fragment: those can carry account or session data. */
export function plainUrl(url: string): string | undefined {
  try {
    const { origin, pathname } = new URL(url);
    return origin + pathname;
  } catch {
    return undefined;
  }
}

function plainSources(sources: Record<string, FactSource>): Record<string, FactSource> {
  return Object.fromEntries(
    Object.entries(sources).map(([name, { url, ...source }]) => {
      const plain = url === undefined ? undefined : plainUrl(url);
      return [name, plain === undefined ? source : { ...source, url: plain }];
    }),
  );
}

/**
 * The facts as they leave the extension: free text redacted, or left out. A left-out message
 * that matches a known alert is replaced by that alert's own wording, so the diagnosis keeps
 * its evidence without a word the user typed.
 */
export function exportFacts(
  facts: Facts,
  leaveOutFreeText: boolean,
): { facts: Facts; masked: MaskCount[] } {
  const { alertText, notes, sources, ...rest } = facts;
  const out: Facts = { ...rest, ...(sources && { sources: plainSources(sources) }) };
  const masked: MaskCount[][] = [];
  const redacted = (text: string, max: number) => {
    const result = redact(text);
    masked.push(result.masked);
    return result.text.slice(0, max);
  };
  if (alertText !== undefined) {
    if (!leaveOutFreeText) out.alertText = redacted(alertText, TEXT_LIMITS.alertText);
    else {
      const match = matchAlert(alertText);
      const known = [match, ...(match.others ?? [])].flatMap((one) => {
        const language = one.language as keyof NonNullable<typeof one.alert>['patterns'];
        return (one.alert && alertWordings(one.alert)[language]?.[0]) ?? [];
      });
      // One line each, so that the alerts pasted together are read apart again.
      if (match.recognized && known.length > 0) out.alertText = known.join('\n');
    }
  }
  if (notes?.trim() && !leaveOutFreeText) out.notes = redacted(notes, TEXT_LIMITS.notes);
  return { facts: out, masked: mergeMasked(masked) };
}
