import * as z from 'zod/mini';
import { READING_FOR_SITE } from '../pages/observation-schema';
import { LOCALES } from '../knowledge/ids';

import type { SiteId } from '../vocab';

const readingFrom = <S extends SiteId>(site: S) =>
  z.object({
    type: z.literal('observation'),
    site: z.literal(site),
    observation: READING_FOR_SITE[site],
  });

/**
 * Content script -> background. Named by direction so a handler never answers the wrong side.
 * A reading is checked against its own site's schema: the status page cannot report storage.
 */
export const ContentToBackground = z.union([
  readingFrom('status'),
  readingFrom('icloud'),
  /** The in-page hint's "Continue troubleshooting" button. */
  z.object({ type: z.literal('open-flow') }),
  /** The status page's hint asks for its texts in one language (the page's, see hintLocale). */
  z.object({ type: z.literal('hint-texts'), locale: z.enum(LOCALES) }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;
