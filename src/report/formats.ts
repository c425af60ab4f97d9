import type { Summary } from './build.ts';
import { renderJson } from './render-json.ts';
import { renderMarkdown } from './render-markdown.ts';
import { renderText } from './render-text.ts';

export const SUMMARY_FORMATS = ['markdown', 'text', 'json'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

const FORMATS: Record<
  SummaryFormat,
  { render: (s: Summary) => string; extension: string; mimeType: string }
> = {
  markdown: { render: renderMarkdown, extension: 'md', mimeType: 'text/markdown' },
  text: { render: renderText, extension: 'txt', mimeType: 'text/plain' },
  json: { render: renderJson, extension: 'json', mimeType: 'application/json' },
};

export const renderSummary = (summary: Summary, format: SummaryFormat) =>
  FORMATS[format].render(summary);

export const mimeTypeOf = (format: SummaryFormat) => `${FORMATS[format].mimeType};charset=utf-8`;

/** "backup-rescue-summary-2026-11-25.md" */
export const fileNameOf = (summary: Summary, format: SummaryFormat) =>
  `backup-rescue-summary-${summary.day}.${FORMATS[format].extension}`;
