import * as z from 'zod/mini';
import { isRecord } from '../pages/json-text';

/**
 * Keeps what is valid in a damaged stored value, part by part, instead of all or nothing:
 * each field of an object, each item of a list, each entry of a record is checked on its own
 * against the schema, and what fails is left out and its path noted in `dropped`.
 *
 * The checks are bounded whatever was stored: a list is examined back to twice its limit, a
 * record to its latest MAX_EXAMINED entries, and older entries are named without a check.
 * Checking each of 100,000 damaged entries on its own took seconds while the popup opened, to
 * keep entries that a list past its limit leaves out anyway.
 */

type Schema = z.core.$ZodType;

/**
 * The latest entries of a record (one per id this version knows: a few dozen steps or facts at
 * most), or of a list without a limit, that are examined. A value far larger was not written by
 * this extension.
 */
export const MAX_EXAMINED = 200;

/** The one prototype name a record's own key check never sees (withinBounds). */
const isProtoKey = (key: string | number) => key === '__proto__';

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** An object's fields, or what each entry of a list or record must be and how many to examine. */
type Parts =
  | { kind: 'object'; shape: Record<string, Schema> }
  | { kind: 'list'; entry: Schema; limit?: number; examined: number }
  | { kind: 'record'; entry: Schema; examined: number };

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  innerType?: Schema;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
}

/**
 * What a value of this schema is made of (an optional one's, where present), or undefined for
 * a value without parts to keep apart (a string, a number, a choice).
 */
function partsOf(schema: Schema): Parts | undefined {
  const def = schema._zod.def as Def;
  if (def.type === 'optional' && def.innerType) return partsOf(def.innerType);
  if (def.type === 'object' && def.shape) return { kind: 'object', shape: def.shape };
  if (def.type === 'record' && def.valueType) {
    return { kind: 'record', entry: def.valueType, examined: MAX_EXAMINED };
  }
  if (def.type !== 'array' || !def.element) return undefined;
  const limit = def.checks?.find((check) => check._zod.def.check === 'max_length')?._zod.def
    .maximum;
  const examined = limit === undefined ? MAX_EXAMINED : 2 * limit;
  return { kind: 'list', entry: def.element, limit, examined };
}

/**
 * The keys of the list or record the parts describe (a list's indices), else undefined. Keys,
 * not entries: a record of 100,000 entries hands its keys over several times faster.
 */
function keysOf(parts: Parts, value: unknown): (string | number)[] | undefined {
  if (parts.kind === 'list') return Array.isArray(value) ? [...value.keys()] : undefined;
  return isRecord(value) ? Object.keys(value) : undefined;
}

/**
 * Whether no list or record in the value is larger than what is examined of it: only then is
 * the value checked whole, a check that goes through every entry however many.
 */
function withinBounds(schema: Schema, value: unknown): boolean {
  const parts = partsOf(schema);
  if (parts?.kind === 'object') {
    return (
      !isRecord(value) ||
      Object.entries(parts.shape).every(
        ([key, field]) => !Object.hasOwn(value, key) || withinBounds(field, value[key]),
      )
    );
  }
  const keys = parts && keysOf(parts, value);
  if (!keys) return true;
  // zod passes over a record's `__proto__` without checking its name, as it would refuse
  // `constructor`: only the part-by-part check names it (validPart).
  if (keys.length > parts.examined || keys.some(isProtoKey)) return false;
  const entries = value as Record<string | number, unknown>;
  return keys.every((key) => withinBounds(parts.entry, entries[key]));
}

const isEmpty = (value: unknown) =>
  Array.isArray(value) ? value.length === 0 : isRecord(value) && Object.keys(value).length === 0;

/**
 * The value if valid, else its valid parts if they make a valid value (an empty list or
 * record left after dropping is no value), else undefined. Where nothing more specific inside
 * was named, the value's own path is.
 */
export function keepValid(
  schema: Schema,
  value: unknown,
  path: string,
  dropped: string[],
): unknown {
  const whole = checkWhole(schema, value);
  if (whole?.success) return whole.data;
  const named = dropped.length;
  const part = validPart(schema, value, path, dropped);
  const again = part === undefined || isEmpty(part) ? undefined : z.safeParse(schema, part);
  if (again?.success) return again.data;
  if (dropped.length === named) dropped.push(path);
  return undefined;
}

/** The value checked whole, or undefined when it is too large to be (see withinBounds). */
export function checkWhole(schema: Schema, value: unknown) {
  return withinBounds(schema, value) ? z.safeParse(schema, value) : undefined;
}

/** The fields of `value` that the shape knows and that are valid; the rest is noted. */
export function keepFields(
  shape: Record<string, Schema>,
  value: Record<string, unknown>,
  path: string,
  dropped: string[],
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  // Keys, not entries: far faster on an object of many unknown fields.
  for (const key of Object.keys(value)) {
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    const valid = field ? keepValid(field, value[key], join(path, key), dropped) : undefined;
    if (!field) dropped.push(join(path, key));
    if (valid !== undefined) kept[key] = valid;
  }
  return kept;
}

/**
 * An entry invalid as it is, salvaged on its own: a step-log entry or a fact's source that only
 * carries a field this version does not know (a newer build's) keeps its step or source. What
 * `fits` its place is kept and its own dropped parts are named; else the whole entry is named.
 */
function salvageEntry(
  entry: Schema,
  item: unknown,
  path: string,
  dropped: string[],
  fits: (part: unknown) => boolean,
): unknown {
  const own: string[] = [];
  const part = keepValid(entry, item, path, own);
  if (part !== undefined && fits(part)) {
    dropped.push(...own);
    return part;
  }
  dropped.push(path);
  return undefined;
}

function validPart(schema: Schema, value: unknown, path: string, dropped: string[]): unknown {
  const parts = partsOf(schema);
  if (!parts) return undefined;
  if (parts.kind === 'object') {
    return isRecord(value) ? keepFields(parts.shape, value, path, dropped) : undefined;
  }
  const keys = keysOf(parts, value);
  if (!keys) return undefined;
  const entry = (key: string | number) => (value as Record<string | number, unknown>)[key];
  // The latest entries are examined; older ones past that are left out unchecked.
  const from = Math.max(0, keys.length - parts.examined);
  for (const key of keys.slice(0, from)) dropped.push(join(path, key));
  const fits = (key: string | number, item: unknown) =>
    z.safeParse(schema, parts.kind === 'list' ? [item] : { [key]: item }).success;
  const valid = keys.slice(from).flatMap((key) => {
    if (isProtoKey(key)) {
      dropped.push(join(path, key));
      return [];
    }
    const here = (part: unknown) => fits(key, part);
    const item = entry(key);
    const kept = here(item)
      ? item
      : salvageEntry(parts.entry, item, join(path, key), dropped, here);
    return kept === undefined ? [] : [{ key, item: kept }];
  });
  if (parts.kind === 'record') return Object.fromEntries(valid.map(({ key, item }) => [key, item]));
  // Past its limit (a build that kept more, a hand edit), a list keeps its latest entries, as
  // the flow does when it adds one: being too long is no reason to lose all of it.
  const over = Math.max(0, valid.length - (parts.limit ?? valid.length));
  for (const { key } of valid.slice(0, over)) dropped.push(join(path, key));
  return valid.slice(over).map(({ item }) => item);
}

/**
 * A name every object answers to (`__proto__`, `constructor`, `toString`): no version of the
 * extension stores a field by that name, so one found in storage is damage (a hand edit, a
 * crafted value), never a newer version's field. An empty object answers to exactly the names
 * of Object.prototype, in fewer bytes of the worker, which bundles this.
 */
export const isPrototypeName = (key: string): boolean => key in {};

/**
 * Whether `path`, as the checks above name what they left out, ends at a field the schema does
 * not have (one a newer build added), rather than at a value of the wrong kind: the first is no
 * damage, and is kept in storage until the user changes something (src/ui/flow-state.ts).
 */
export function isUnknownField(schema: Schema, path: string): boolean {
  let parts = partsOf(schema);
  for (const key of path.split('.')) {
    if (!parts) return false;
    if (parts.kind !== 'object') parts = partsOf(parts.entry);
    else if (!Object.hasOwn(parts.shape, key)) return !isPrototypeName(key);
    else parts = partsOf(parts.shape[key] as Schema);
  }
  return false;
}
