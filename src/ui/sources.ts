import { sourcesOf } from '../knowledge';
import type { Texts } from './locale-context';

export interface SourceLink {
  id: string;
  title: string;
  url?: string;
  /** "Apple", "User reports"…, left out when the title already says where it comes from. */
  kind?: string;
}

/** "Third-party" and "third party" are one name. */
const fold = (s: string) =>
  s
    .trim()
    .toLocaleLowerCase()
    .replace(/[\s-]+/g, ' ');

/**
 * "Apple Support: …" or "Public troubleshooting guide: …" name their origin themselves; a title
 * with a colon that names none ("iPhone User Guide: …", or a forum's "Backup failed: …") does
 * not, and reads as official without its kind.
 */
const saysOrigin = (title: string, kind: string) => fold(title).includes(fold(kind));

/**
 * The sources behind a statement, as links where the knowledge has the page's address, each
 * title once: two records with the same title merge (keeping the address if either has one).
 */
export function sourceLinks(ids: readonly string[], t: Texts['t']): SourceLink[] {
  const byTitle = new Map<string, SourceLink>();
  for (const source of sourcesOf(ids)) {
    const title = t(source.titleKey);
    const kind = t(`source.kind.${source.kind}`);
    const link: SourceLink = {
      id: source.id,
      title,
      ...(source.url && { url: source.url }),
      ...(!saysOrigin(title, kind) && { kind }),
    };
    const seen = byTitle.get(fold(title));
    if (!seen) byTitle.set(fold(title), link);
    else if (!seen.url && link.url) seen.url = link.url;
  }
  return [...byTitle.values()];
}
