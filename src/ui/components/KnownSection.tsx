import type { ComponentChildren } from 'preact';
import { useTexts } from '../locale-context';

/**
 * The frame of "What we know", and its "Nothing yet" when no fact is known: the start screen
 * shows it before the facts' code loads (App), KnownFacts fills it after.
 */
export function KnownSection({
  empty = true,
  children,
}: {
  empty?: boolean;
  children?: ComponentChildren;
}) {
  const { t } = useTexts();
  return (
    <section class="known" aria-labelledby="known-title">
      <h2 id="known-title">{t('known.title')}</h2>
      {empty && <p class="muted">{t('known.none')}</p>}
      {children}
    </section>
  );
}
