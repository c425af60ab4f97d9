import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../src/knowledge';
import { LOCALES } from '../../../src/i18n';
import { textsFor } from '../../../src/ui/locale-context';
import { sourceLinks } from '../../../src/ui/sources';

describe('sources', () => {
  const { t } = textsFor('en');

  it('link to the page the knowledge names, and stay plain text without one', () => {
    const links = sourceLinks(['apple_system_status', 'guide_recovery'], t);
    const withUrl = knowledge.sources.find((s) => s.id === 'apple_system_status')!.url;
    expect(links).toContainEqual(
      expect.objectContaining({ id: 'apple_system_status', url: withUrl }),
    );
    expect(links.find((l) => l.id === 'guide_recovery')).not.toHaveProperty('url');
  });

  it('say each title once, keeping an address if any of the merged records has one', () => {
    const sameTitle: typeof t = (ref) =>
      typeof ref === 'string' && ref.startsWith('source.') && ref.endsWith('.title')
        ? 'Apple Support: Same page'
        : t(ref);
    const links = sourceLinks(
      ['apple_icloud_backup', 'apple_system_status', 'apple_storage'],
      sameTitle,
    );
    expect(links).toHaveLength(1);
    expect(links[0]?.url).toMatch(/^https:\/\//);
  });

  it('name the kind of source only where the title does not already say it', () => {
    for (const locale of LOCALES) {
      const texts = textsFor(locale);
      for (const link of sourceLinks(
        knowledge.sources.map((s) => s.id),
        texts.t,
      )) {
        if (link.kind) expect(link.title.toLowerCase()).not.toContain(link.kind.toLowerCase());
        expect(link.title, link.id).not.toMatch(/^source\./);
      }
    }
  });
});
