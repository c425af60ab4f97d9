import type { Block, Summary } from './build.ts';
import { reportText, rowNote } from './words.ts';

/** User text goes in a fence longer than any backtick run inside it, so nothing in it renders. */
function fenced(text: string): string[] {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, ...text.split('\n'), fence];
}

/**
 * `colon`: the summary language's "label: value" punctuation, inside the bold and followed by a
 * space (bold closed right after "：" and before a letter would not close).
 */
function block(b: Block, colon: string, language: Summary['language']): string[] {
  switch (b.kind) {
    case 'rows':
      return b.rows.map(
        (r) => `- **${r.label}${colon.trimEnd()}** ${r.value}${rowNote(language, r.note)}`,
      );
    case 'list':
      return b.items.flatMap((item, i) => [
        `${b.ordered ? `${i + 1}.` : '-'} ${item.text}`,
        ...item.details.map((d) => `   - ${d}`),
      ]);
    case 'quote':
      return fenced(b.text);
    case 'paragraph':
      return [b.text];
  }
}

/** For a support chat or an email: headings, bullet lists, the user's words fenced. */
export function renderMarkdown(summary: Summary): string {
  const lines = [`# ${summary.title}`];
  const colon = reportText(summary.language, 'rowColon');
  for (const section of summary.sections) {
    lines.push('', `## ${section.heading}`);
    for (const b of section.blocks) lines.push('', ...block(b, colon, summary.language));
  }
  return `${lines.join('\n')}\n`;
}
