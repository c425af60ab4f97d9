/**
 * Diagnostic summary: pure, no browser API.
 *
 * - `buildSummary(input, { language, leaveOutFreeText })` -> `Summary` (build.ts), one function
 *   per section (sections.ts, support.ts), words from its own catalog (words.ts, report.json)
 * - `renderSummary(summary, 'markdown' | 'text' | 'json')`, `fileNameOf`, `mimeTypeOf`
 * - `importSummary(jsonText)` / `readSummary(value)` -> the validated `SummaryJson` or a reason
 * - `redact(text)` -> masked text and what was masked; `maskedSentence` for the preview
 */
export {
  buildSummary,
  SECTION_IDS,
  type Block,
  type Section,
  type Summary,
  type SummaryInput,
} from './build.ts';
export {
  SUMMARY_FORMATS,
  renderSummary,
  fileNameOf,
  mimeTypeOf,
  type SummaryFormat,
} from './formats.ts';
export {
  importSummary,
  importSummaryFile,
  MAX_SUMMARY_BYTES,
  readSummary,
  looksLikeSummary,
  describeImportError,
  type ImportError,
} from './import.ts';
export { redact, MASKS, MASK_KINDS, type MaskCount, type MaskKind } from './redact.ts';
export {
  SUMMARY_FORMAT,
  SUMMARY_VERSION,
  SummaryJson,
  type Reading,
  type StepLogEntry,
} from './schema.ts';
export { maskedSentence, reportText, type ReportKey } from './words.ts';
export { likelihoodOf, LIKELIHOODS, type Likelihood } from './likelihood.ts';
