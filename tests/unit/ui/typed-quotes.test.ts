import { expect, it } from 'vitest';
import { LOCALES } from '../../../src/knowledge/ids';
import { lookup } from '../../../src/knowledge/catalogs';
import { textsFor } from '../../../src/ui/locale-context';

// What the user typed is shown inside the language's quotes; a copy of the alert that carries
// those quotes itself must not come out as „„…““.
it.each(LOCALES)('%s: a typed message with its own quotes is nested, not doubled', (locale) => {
  const template = lookup('ui', locale, 'known.problem.typed')!;
  const [open, close] = [
    template.slice(0, template.indexOf('{')),
    template.slice(template.indexOf('}') + 1),
  ];
  const typed = `${open}iCloud Backup failed${close}`;
  const shown = textsFor(locale).t('known.problem.typed', { text: typed });
  expect(shown.startsWith(open) && shown.endsWith(close)).toBe(true);
  const inside = shown.slice(open.length, shown.length - close.length);
  expect(inside).toContain('iCloud Backup failed');
  expect(inside).not.toContain(open.trim());
  expect(inside).not.toContain(close.trim());
});
