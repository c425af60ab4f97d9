/**
 * src/pages/check.ts stands in for zod where the worker checks readings and messages: each of
 * its schema kinds is held to zod's own answer (success and the value given back) on values a
 * page, a damaged store or a forged message could hold.
 */
import * as zod from 'zod/mini';
import { describe, expect, it } from 'vitest';
import * as c from '../../../src/pages/check';

const ODD_VALUES: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  1.5,
  2 ** 53,
  2 ** 53 - 1,
  Number.MAX_VALUE,
  Infinity,
  -Infinity,
  NaN,
  '',
  'a',
  '0',
  'open-flow',
  'x'.repeat(11),
  [],
  ['a'],
  [1, 2],
  [1, 'a'],
  {},
  { a: 'x' },
  { a: 'x', b: 2, extra: true },
  { a: 1 },
  { b: 2 },
  { a: undefined, b: 2 },
  JSON.parse('{"__proto__": {"a": "x"}, "b": 3}'),
  Object.create(null),
  new Date(0),
  () => 1,
  Symbol('s'),
  10n,
];

const PAIRS: [string, zod.ZodMiniType, Pick<c.Schema<unknown>, 'safeParse'>][] = [
  ['string', zod.string(), c.string()],
  ['number', zod.number(), c.number()],
  ['int', zod.int(), c.int()],
  ['unknown in an object', zod.object({ a: zod.unknown() }), c.object({ a: c.unknown() })],
  ['literal', zod.literal('open-flow'), c.literal('open-flow')],
  ['literal of a list', zod.literal([true, false]), c.literal([true, false])],
  ['enum', zod.enum(['a', '0', 'open-flow']), c.enum(['a', '0', 'open-flow'])],
  ['array', zod.array(zod.string()), c.array(c.string())],
  [
    'bounded number',
    zod.int().check(zod.minimum(0), zod.maximum(1)),
    c.int().check(c.minimum(0), c.maximum(1)),
  ],
  ['bounded text', zod.string().check(zod.maxLength(1)), c.string().check(c.maxLength(1))],
  [
    'bounded list',
    zod.array(zod.unknown()).check(zod.maxLength(1)),
    c.array(c.unknown()).check(c.maxLength(1)),
  ],
  [
    'object with an optional key',
    zod.object({ a: zod.string(), b: zod.optional(zod.number()) }),
    c.object({ a: c.string(), b: c.optional(c.number()) }),
  ],
  [
    'object with only optional keys',
    zod.object({ a: zod.optional(zod.string()), b: zod.optional(zod.int()) }),
    c.object({ a: c.optional(c.string()), b: c.optional(c.int()) }),
  ],
  [
    'union',
    zod.union([zod.object({ a: zod.string() }), zod.object({ b: zod.number() })]),
    c.union([c.object({ a: c.string() }), c.object({ b: c.number() })]),
  ],
  [
    'refined object',
    zod.object({ b: zod.number() }).check(zod.refine((value) => value.b > 2)),
    c.object({ b: c.number() }).check(c.refine((value) => value.b > 2)),
  ],
  [
    'rewritten text',
    zod.string().check(
      zod.overwrite((value) => value.trim()),
      zod.refine((value) => value !== ''),
    ),
    c.string().check(
      c.overwrite((value) => value.trim()),
      c.refine((value) => value !== ''),
    ),
  ],
];

describe('check.ts answers as zod does', () => {
  it.each(PAIRS)('%s', (_name, oracle, ours) => {
    for (const value of ODD_VALUES) {
      const expected = oracle.safeParse(value);
      const actual = ours.safeParse(value);
      expect({ value, success: actual.success }).toEqual({ value, success: expected.success });
      if (expected.success) expect(actual.data).toStrictEqual(expected.data);
    }
  });

  it('gives back a new object without the keys its shape does not name', () => {
    const input = { a: 'x', extra: { nested: true } };
    const read = c.object({ a: c.string() }).safeParse(input);
    expect(read).toEqual({ success: true, data: { a: 'x' } });
    expect(read.data).not.toBe(input);
  });

  it('runs no check after a refusal, and a later overwrite sees the earlier one', () => {
    const seen: string[] = [];
    const schema = c.string().check(
      c.overwrite((value) => `${value}!`),
      c.refine((value) => (seen.push(value), value.length < 3)),
      c.refine((value) => (seen.push(`second ${value}`), true)),
    );
    expect(schema.safeParse('ab').success).toBe(false);
    expect(schema.safeParse('a')).toEqual({ success: true, data: 'a!' });
    expect(seen).toEqual(['ab!', 'a!', 'second a!']);
  });
});
