// Apart from redact.ts: the stored session's schema names these kinds, and must not bring the
// redaction patterns into the popup's first screen (tests/bench/README.md).

export const MASK_KINDS = [
  'name',
  'email',
  'phone',
  'serial',
  'imei',
  'appleId',
  'username',
  'address',
  'password',
] as const;
export type MaskKind = (typeof MASK_KINDS)[number];
