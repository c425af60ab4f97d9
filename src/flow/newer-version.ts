/**
 * The path a restore notice names when this version wrote its session over one a newer version
 * of the extension saved (src/ui/use-flow.ts, src/flow/dropped.ts). Alone in its module: the
 * popup's first screen imports it, and nothing else of the flow.
 */
export const NEWER_VERSION = 'newerVersion';
