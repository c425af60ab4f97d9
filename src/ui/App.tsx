import { useState } from 'preact/hooks';
import { pickLocale } from '../i18n';
import { translate, type UiKey } from './i18n';

export function App({ languageTag = navigator.language }: { languageTag?: string }) {
  const locale = pickLocale(languageTag);
  const t = (key: UiKey) => translate(locale, key);
  const [started, setStarted] = useState(false);

  return (
    <main class="app" lang={locale}>
      <header>
        <h1>{t('app.title')}</h1>
        <p class="muted">{t('app.unofficial')}</p>
      </header>
      {started ? (
        <section aria-labelledby="q-title">
          <h2 id="q-title" tabIndex={-1} ref={(el) => el?.focus()}>
            {t('flow.firstQuestion')}
          </h2>
        </section>
      ) : (
        <section>
          <p>{t('app.tagline')}</p>
          <button type="button" class="primary" onClick={() => setStarted(true)}>
            {t('start.button')}
          </button>
        </section>
      )}
    </main>
  );
}
