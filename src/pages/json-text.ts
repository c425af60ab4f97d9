const JSONP = /^[A-Za-z_$][\w$.]*\s*\(([\s\S]*)\)\s*;?$/;

/**
 * Parses JSON or a JSONP body such as `jsonCallback({...});`, tolerating a BOM and
 * surrounding whitespace (both seen on Apple's feed). Returns undefined instead of throwing.
 */
export function parseJsonText(text: string): unknown {
  // trim() drops a BOM too: U+FEFF is white space to it.
  const trimmed = text.trim();
  const body = JSONP.exec(trimmed)?.[1] ?? trimmed;
  if (!'{['.includes(body[0]!)) return undefined;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
