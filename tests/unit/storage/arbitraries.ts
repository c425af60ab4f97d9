import fc from 'fast-check';

/** Values a damaged profile, an older build or a hostile page could leave in a field. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2, depthSize: 'small' }),
  fc.constantFrom<unknown>(
    9999e12,
    1e16,
    Number.MAX_SAFE_INTEGER + 2,
    -1,
    0.5,
    '',
    'x'.repeat(6000),
    '2099-01-01T00:00:00.000Z',
    '1970-01-01T00:00:00.000Z',
    'https://evil.example/x',
    `https://www.apple.com/support/systemstatus/#${'a'.repeat(5000)}`,
    null,
    [null],
    {},
    [],
  ),
);

type Path = readonly (string | number)[];

function setAt(value: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path as [string | number, ...Path];
  const container = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string | number,
    unknown
  >;
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<
    string | number,
    unknown
  >;
  if (next === undefined && rest.length === 0) delete copy[head];
  else copy[head] = setAt(container[head], rest, next);
  return copy;
}

/** A valid value with one to three of the given paths replaced by junk or removed. */
export function mutated(base: unknown, paths: readonly Path[]): fc.Arbitrary<unknown> {
  const change = fc.tuple(fc.constantFrom(...paths), fc.option(junk, { nil: undefined }));
  return fc
    .array(change, { minLength: 1, maxLength: 3 })
    .map((changes) => changes.reduce((value, [path, next]) => setAt(value, path, next), base));
}
