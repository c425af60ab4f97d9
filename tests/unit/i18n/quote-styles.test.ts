import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../src/i18n';
import { catalogOf, FAMILIES } from '../../../src/knowledge/catalogs';
import { fillQuoted } from '../../../src/report/quotes';

/**
 * A template quotes a value ("„{step}“", "« {alert} »", "「{cause}」") and the value may carry
 * quotes of the same kind (a step title naming a button). Quotes inside quotes take the inner
 * kind of the language (German ‚ ‘, Spanish, French and Italian “ ” inside « », English ' or
 * ‘ ’, Japanese 『』, Chinese ‘ ’); the same kind twice reads as two quotations side by side.
 */
const NESTING: readonly { outer: [string, string]; inner: [string, string] }[] = [
  { outer: ['"', '"'], inner: ["'", "'"] },
  { outer: ['“', '”'], inner: ['‘', '’'] },
  { outer: ['‘', '’'], inner: ['“', '”'] },
  { outer: ['„', '“'], inner: ['‚', '‘'] },
  { outer: ['«', '»'], inner: ['“', '”'] },
  { outer: ['「', '」'], inner: ['『', '』'] },
  { outer: ['『', '』'], inner: ['「', '」'] },
];

const SPACE = '[ \\u00a0\\u202f]?';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every catalog template that quotes a placeholder, with the quotes it uses. */
function quotingTemplates(locale: Locale) {
  return FAMILIES.flatMap((family) =>
    Object.entries(catalogOf(family, locale) ?? {}).flatMap(([key, template]) =>
      NESTING.flatMap(({ outer: [open, close], inner }) => {
        const found = new RegExp(`${escape(open)}${SPACE}\\{(\\w+)\\}${SPACE}${escape(close)}`);
        const name = found.exec(template)?.[1];
        return name ? [{ id: `${family} ${key}`, template, name, open, close, inner }] : [];
      }),
    ),
  );
}

describe('quotes inside quoted values', () => {
  it.each(LOCALES)('%s: a quoted value keeps its own quotes as inner ones', (locale) => {
    const cases = quotingTemplates(locale);
    expect(cases.length).toBeGreaterThan(3);
    for (const { id, template, name, open, close, inner } of cases) {
      const pad = open === '«' && locale === 'fr' ? '\u00a0' : '';
      const value = `Tap ${open}${pad}Back Up Now${pad}${close} again`;
      const filled = fillQuoted(template, { [name]: value });
      expect(filled, id).toContain(`${inner[0]}Back Up Now${inner[1]}`);
    }
  });

  it.each(NESTING)('$outer.0…$outer.1 around a value turns its own into $inner.0…$inner.1', (q) => {
    const [open, close] = q.outer;
    const [innerOpen, innerClose] = q.inner;
    expect(fillQuoted(`${open}{v}${close}`, { v: `A ${open}B${close} C` })).toBe(
      `${open}A ${innerOpen}B${innerClose} C${close}`,
    );
  });

  it('a French value keeps no space inside its inner quotes', () => {
    expect(fillQuoted('« {v} »', { v: 'Touchez « Sauvegarder maintenant »' })).toBe(
      '« Touchez “Sauvegarder maintenant” »',
    );
  });

  it('turns quotes that run straight into the text', () => {
    expect(fillQuoted('「{v}」', { v: '「設定」を閉じて再起動' })).toBe(
      '「『設定』を閉じて再起動」',
    );
    expect(fillQuoted('“{v}”', { v: '关闭“设置”并重启' })).toBe('“关闭‘设置’并重启”');
    expect(fillQuoted('„{v}“', { v: '„Einstellungen“-App schließen' })).toBe(
      '„‚Einstellungen‘-App schließen“',
    );
  });

  it('leaves apostrophes, other kinds of quotes and unquoted values alone', () => {
    expect(fillQuoted('‘{v}’', { v: 'Don’t tap ‘Reset’ yet' })).toBe('‘Don’t tap “Reset” yet’');
    expect(fillQuoted('"{v}"', { v: 'iPhone’s "Settings"' })).toBe('"iPhone’s \'Settings\'"');
    expect(fillQuoted('„{v}“', { v: 'l’iPhone' })).toBe('„l’iPhone“');
    expect(fillQuoted('«{v}»', { v: 'Toca “Ajustes”' })).toBe('«Toca “Ajustes”»');
    expect(fillQuoted('{v}', { v: '„Einstellungen“' })).toBe('„Einstellungen“');
    expect(fillQuoted('„{v}“', { v: 3 })).toBe('„3“');
  });
});
