import * as z from 'zod/mini';
import { isRecord } from '../pages/json-text';

/**
 * Keeps what is valid in a damaged stored value, part by part, instead of all or nothing:
 * each field of an object, each item of a list, each entry of a record is checked on its own
 * against the schema, and what fails is left out and its path noted in `dropped`.
 */

type Schema = z.core.$ZodType;

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

function shapeOf(schema: Schema): Record<string, Schema> | undefined {
  const def = schema._zod.def as { type: string; shape?: Record<string, Schema> };
  return def.type === 'object' ? def.shape : undefined;
}

/** The longest a list may be, where its schema says so (z.maxLength). */
function maxLengthOf(schema: Schema): number | undefined {
  const { checks = [] } = schema._zod.def as {
    checks?: { _zod: { def: { check: string; maximum?: number } } }[];
  };
  return checks.find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;
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
  const whole = z.safeParse(schema, value);
  if (whole.success) return whole.data;
  const named = dropped.length;
  const part = validPart(schema, value, path, dropped);
  const again = part === undefined || isEmpty(part) ? undefined : z.safeParse(schema, part);
  if (again?.success) return again.data;
  if (dropped.length === named) dropped.push(path);
  return undefined;
}

/** The fields of `value` that the shape knows and that are valid; the rest is noted. */
export function keepFields(
  shape: Record<string, Schema>,
  value: Record<string, unknown>,
  path: string,
  dropped: string[],
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    const valid = field ? keepValid(field, item, join(path, key), dropped) : undefined;
    if (!field) dropped.push(join(path, key));
    if (valid !== undefined) kept[key] = valid;
  }
  return kept;
}

/** What each item of a list, or each value of a record, must be (an optional one too). */
function itemOf(schema: Schema): Schema | undefined {
  const def = schema._zod.def as {
    type: string;
    element?: Schema;
    valueType?: Schema;
    innerType?: Schema;
  };
  if (def.type === 'optional') return def.innerType && itemOf(def.innerType);
  return def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
}

/**
 * An item invalid as it is, salvaged on its own: a step-log entry or a fact's source that only
 * carries a field this version does not know (a newer build's) keeps its step or source. What
 * `fits` its place is kept and its own dropped parts are named; else the whole item is named.
 */
function salvageItem(
  schema: Schema,
  item: unknown,
  path: string,
  dropped: string[],
  fits: (part: unknown) => boolean,
): unknown {
  const own: string[] = [];
  const element = itemOf(schema);
  const part = element && keepValid(element, item, path, own);
  if (part !== undefined && fits(part)) {
    dropped.push(...own);
    return part;
  }
  dropped.push(path);
  return undefined;
}

function validPart(schema: Schema, value: unknown, path: string, dropped: string[]): unknown {
  const shape = shapeOf(schema);
  if (shape && isRecord(value)) return keepFields(shape, value, path, dropped);
  if (Array.isArray(value)) {
    const fits = (item: unknown) => z.safeParse(schema, [item]).success;
    const valid = value.flatMap((item, i) => {
      const kept = fits(item) ? item : salvageItem(schema, item, join(path, i), dropped, fits);
      return kept === undefined ? [] : [{ item: kept, i }];
    });
    // Past its limit (a build that kept more, a hand edit), a list keeps its latest entries, as
    // the flow does when it adds one: being too long is no reason to lose all of it.
    const over = Math.max(0, valid.length - (maxLengthOf(schema) ?? valid.length));
    for (const { i } of valid.slice(0, over)) dropped.push(join(path, i));
    return valid.slice(over).map(({ item }) => item);
  }
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value).flatMap(([key, item]) => {
        const fits = (part: unknown) => z.safeParse(schema, { [key]: part }).success;
        const kept = fits(item) ? item : salvageItem(schema, item, join(path, key), dropped, fits);
        return kept === undefined ? [] : [[key, kept]];
      }),
    );
  }
  return undefined;
}
