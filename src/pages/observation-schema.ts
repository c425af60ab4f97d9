import * as z from './check';
import { readingUrl } from './sites';
import { READING_LIMITS as LIMIT } from './limits';
import { MAX_BYTES } from './units';
import { SERVICE_STATES } from '../vocab';

/**
 * The parts every site's reading schema is built from (src/pages/<site>/schema.ts). Only the
 * receiving side imports schemas at runtime: content scripts import their types only, so no
 * schema ships in them. They are built with src/pages/check.ts, zod's kinds in a few hundred
 * bytes, since the background worker checks every message and stored reading with them.
 *
 * What a page can make the extension store is bounded here: byte counts are safe integers up
 * to MAX_BYTES, every string and list has a length limit, the address is one of the site's own
 * pages without query or fragment, and a whole reading is at most MAX_READING_BYTES of JSON.
 * Unknown keys are dropped; anything else malformed is refused whole, so nobody downstream sees
 * a half-valid reading. Refusals carry no message: nobody reads them (the router answers
 * `{ ok: false }`, storage drops the reading).
 */

/** UTF-8 bytes of a reading as JSON. Real readings are 0.2 to 7 KB (80 services, feed texts). */
export const MAX_READING_BYTES = 32 * 1024;

/**
 * A date and time with seconds and an offset, as `toISOString()` writes them: what
 * zod's `z.iso.datetime({ offset: true })` accepts (tests/unit/pages/date-time.test.ts holds
 * the two together). The day must exist: the clock parses 30 February as 2 March, while the
 * summary's import refuses it.
 */
const DATE_TIME =
  /^(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
export const iso = z.string().check(
  z.refine((value) => {
    const day = DATE_TIME.exec(value)?.[1];
    return !!day && new Date(day).toISOString().startsWith(day);
  }),
);
export const text = (max: number) => z.string().check(z.maxLength(max));
/**
 * A name or label from the page (a service, a storage category, a plan): the readers take them
 * from Apple's rows and fixed lists, where no address or phone number ever stands, so a reading
 * carrying one comes from a broken or tricked reader and is refused rather than stored.
 */
export const pageName = (max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((value) => !/@|(?:\d[\s().\/-]*){7}/.test(value)),
  );
/** Machine-readable words such as `plan-ambiguous`: never page text. */
const code = z.string().check(z.refine((value) => /^[a-z][a-z0-9-]{0,79}$/.test(value)));
export const bytes = z.int().check(z.minimum(0), z.maximum(MAX_BYTES));
export const serviceState = z.enum(SERVICE_STATES);

/** Which addresses a site reads (its `isPage`); the schema keeps a reading to them. */
export type PageTest = (url: URL) => boolean;

/** One of the site's pages, cut at query and fragment (see readingUrl). */
function pageUrl(isPage: PageTest) {
  return z.string().check(
    z.overwrite((raw: string) => readingUrl(raw, isPage) ?? ''),
    z.refine((url: string) => url !== ''),
  );
}

/** What every reading carries: the page, when it was read, by which parser version. */
const metaFields = (isPage: PageTest) => ({
  url: pageUrl(isPage),
  observedAt: iso,
  parserVersion: z.int().check(z.minimum(1), z.maximum(1000)),
});

/** Machine-readable notes about what could not be read (never page text). */
const problems = z.optional(z.array(code).check(z.maxLength(LIMIT.problems)));

const fitsStorage = (reading: unknown) =>
  new TextEncoder().encode(JSON.stringify(reading)).length <= MAX_READING_BYTES;

/**
 * A site's own kind of reading: its fields, with the page, time and parser version every
 * reading carries, its problem codes, and the size bound.
 */
export const readingObject = <S extends z.Shape>(isPage: PageTest, shape: S) =>
  z
    .object({ ...shape, ...metaFields(isPage), problems })
    .check(z.refine((reading) => fitsStorage(reading)));

/** A page the reader ran on but could not read; `reason` is fixed, machine-readable. */
const unknownReading = (isPage: PageTest) =>
  z.object({ kind: z.literal('unknown'), ...metaFields(isPage), reason: code });

/**
 * What a site may report: its own kind of reading, or `unknown`, from its own pages. Every
 * site's schema is one of these, so the background, storage and the flow check any site alike.
 * A plain union: the two `kind` literals already exclude each other.
 */
export function siteReading<T extends z.Reader<{ kind: string }>>(own: T, isPage: PageTest) {
  return z.union([own, unknownReading(isPage)]);
}

export type UnknownObservation = z.Infer<ReturnType<typeof unknownReading>>;

/** Any site's reading, as code that serves every site sees it: the rest is the site's own. */
export interface Observation {
  kind: string;
  url: string;
  observedAt: string;
  parserVersion: number;
  [field: string]: unknown;
}
