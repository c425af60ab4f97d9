import type { Block, Summary } from './build.ts';
import { reportText, rowNote } from './words.ts';

/** Characters a monospaced font shows two columns wide: CJK, kana, Hangul, full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Columns the text takes in a monospaced font, so that a heading's rule is as long as it. */
const columns = (text: string) => [...text].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);

const underline = (text: string, char: string) => [text, char.repeat(columns(text))];

/** `colon`: the summary language's "label: value" punctuation ("Appareil : …", "デバイス：…"). */
function block(b: Block, colon: string, language: Summary['language']): string[] {
  switch (b.kind) {
    case 'rows':
      return b.rows.map((r) => `${r.label}${colon}${r.value}${rowNote(language, r.note)}`);
    case 'list':
      return b.items.flatMap((item, i) => [
        `${b.ordered ? `${i + 1}.` : '-'} ${item.text}`,
        ...item.details.map((d) => `   ${d}`),
      ]);
    case 'quote':
      return b.text.split('\n').map((line) => `    ${line}`.trimEnd());
    case 'paragraph':
      return [b.text];
  }
}

/** Plain text for forms and mail clients that show Markdown literally. */
export function renderText(summary: Summary): string {
  const lines = underline(summary.title, '=');
  const colon = reportText(summary.language, 'rowColon');
  for (const section of summary.sections) {
    lines.push('', ...underline(section.heading, '-'));
    for (const b of section.blocks) lines.push('', ...block(b, colon, summary.language));
  }
  return `${lines.join('\n')}\n`;
}
