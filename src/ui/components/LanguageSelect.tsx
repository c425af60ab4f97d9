import { LOCALES, languageName, htmlLang, type Locale } from '../../i18n';

/** The language switch of the popup and the guide: each language named in itself. */
export function LanguageSelect(props: {
  label: string;
  value: Locale;
  onChange: (locale: Locale) => void;
}) {
  return (
    <label class="footer__language">
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={htmlLang(l)}>
            {languageName(l)}
          </option>
        ))}
      </select>
    </label>
  );
}
