import type { Block, Summary } from './build.ts';
import { reportText } from './words.ts';

const underline = (text: string, char: string) => [text, char.repeat(text.length)];

/** `colon`: the summary language's "label: value" punctuation ("Appareil : …", "デバイス：…"). */
function block(b: Block, colon: string): string[] {
  switch (b.kind) {
    case 'rows':
      return b.rows.map((r) => `${r.label}${colon}${r.value}${r.note ? ` (${r.note})` : ''}`);
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
    for (const b of section.blocks) lines.push('', ...block(b, colon));
  }
  return `${lines.join('\n')}\n`;
}
