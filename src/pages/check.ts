/**
 * The few schema kinds the readings and the content scripts' messages are checked with, written
 * with the names and meaning of their zod counterparts (`z.object`, `.check(z.refine(…))`,
 * `safeParse`). The background worker checks every message and stored reading with them, and
 * zod's core alone was two thirds of the worker's 10 KB size budget (tests/bench/README.md,
 * "Worker"): these need about a tenth of that. The rest of the extension (the flow's session,
 * the summary's import, the knowledge files) keeps zod.
 *
 * Semantics follow zod 4: numbers are finite, integers safe, objects are non-null non-array
 * objects whose unknown keys are dropped, a union takes its first match, and checks run in
 * order on the value the schema produced (an `overwrite` replaces it). A refusal carries no
 * message: nobody reads it (the router answers `{ ok: false }`, storage drops the reading).
 */

/** A refused value, inside the checks; `safeParse` turns it into `{ success: false }`. */
const REFUSED: unique symbol = Symbol('refused');
type Refused = typeof REFUSED;

/** A check on a value that passed its schema: the value to go on with, or REFUSED. */
export type Check<T> = (value: T) => T | Refused;

export type SafeParse<T> = { success: true; data: T } | { success: false; data?: undefined };

/** What a schema is as part of another (a key's, an item's, an option's): covariant in T. */
export interface Reader<T> {
  /** The value as checked (unknown keys dropped, overwrites applied), or REFUSED. */
  read: (value: unknown) => T | Refused;
}

export interface Schema<T> extends Reader<T> {
  safeParse: (value: unknown) => SafeParse<T>;
  /** The same schema with these checks run after it, in order. */
  check: (...checks: Check<T>[]) => Schema<T>;
}

export type Infer<S> = S extends Reader<infer T> ? T : never;

function schema<T>(read: (value: unknown) => T | Refused): Schema<T> {
  return {
    read,
    safeParse: (value) => {
      const data = read(value);
      return data === REFUSED ? { success: false } : { success: true, data };
    },
    check: (...checks) =>
      schema((value) => {
        let data = read(value);
        for (const check of checks) if (data !== REFUSED) data = check(data);
        return data;
      }),
  };
}

export const refine =
  <T>(passes: (value: T) => boolean): Check<T> =>
  (value) =>
    passes(value) ? value : REFUSED;
/** Replaces the value with `rewrite`'s (zod's `overwrite`: the type stays the same). */
export const overwrite = <T>(rewrite: (value: T) => T): Check<T> => rewrite;
export const maxLength = <T extends { length: number }>(max: number) =>
  refine<T>((value) => value.length <= max);
export const minimum = (min: number) => refine<number>((value) => value >= min);
export const maximum = (max: number) => refine<number>((value) => value <= max);

const is = <T>(test: (value: unknown) => boolean) =>
  schema((value) => (test(value) ? (value as T) : REFUSED));

export const string = () => is<string>((value) => typeof value === 'string');
export const number = () => is<number>(Number.isFinite);
export const int = () => is<number>(Number.isSafeInteger);
export const unknown = () => is<unknown>(() => true);

/** One of these values (zod's `literal` of one value or of a list, and its `enum`). */
export function literal<const V extends string | number | boolean>(
  values: V | readonly V[],
): Schema<V> {
  const allowed: readonly unknown[] = Array.isArray(values) ? values : [values];
  return is<V>((value) => allowed.includes(value));
}
export { literal as enum };

/** Marks a key an object may lack (or hold undefined). */
export interface Optional<T> extends Reader<T | undefined> {
  optional: true;
}
export const optional = <T>(inner: Reader<T>): Optional<T> => ({
  read: (value) => (value === undefined ? undefined : inner.read(value)),
  optional: true,
});

export function array<T>(item: Reader<T>): Schema<T[]> {
  return schema((value) => {
    if (!Array.isArray(value)) return REFUSED;
    const items: T[] = [];
    for (const element of value as unknown[]) {
      const read = item.read(element);
      if (read === REFUSED) return REFUSED;
      items.push(read);
    }
    return items;
  });
}

export type Shape = Record<string, Reader<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends Optional<unknown> ? K : never;
}[keyof S];
type Flat<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Infer<S[K]>;
  }
>;

/** Its shape's keys, each checked; other keys are dropped, a missing optional one stays out. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return schema((value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return REFUSED;
    const source = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const item = shape[key]!;
      const present = key in source;
      // A key only an optional one may lack, even when its schema takes anything (`unknown`).
      const read = present || 'optional' in item ? item.read(source[key]) : REFUSED;
      if (read === REFUSED) return REFUSED;
      if (present) out[key] = read;
    }
    return out as ObjectOf<S>;
  });
}

export function union<T extends readonly Reader<unknown>[]>(options: T): Schema<Infer<T[number]>> {
  return schema((value) => {
    for (const option of options) {
      const read = option.read(value);
      if (read !== REFUSED) return read as Infer<T[number]>;
    }
    return REFUSED;
  });
}
