/** The popup's page, the root of its module graph, and its script: the entry's own modules. */
const POPUP_PAGE = /(^|\/)entrypoints\/popup\/index\.html$/;
const POPUP_OWN = /(^|\/)entrypoints\/popup\/(index\.html|main\.tsx)$/;

interface ModuleInfo {
  importers: readonly string[];
}
type GetModuleInfo = (id: string) => ModuleInfo | null;

/**
 * Build step: every module the popup's page imports statically, directly or not, goes into one
 * chunk, `popup-start`. Left to itself the bundler splits them by which pages share them (Preact
 * and the theme with the guide, the stored values with the report, an empty module of WXT's
 * with both), and each file read from the package costs the popup a few milliseconds before its
 * first screen (tests/bench/README.md). The guide and the report load this chunk too, and with
 * it a little of the popup they do not use. The entry stays in a file of its own: the other
 * pages must not run it.
 */
export function popupStartChunk() {
  const inPopup = new Set<string>();
  // Walks up through static importers; only a "yes" is remembered, because a "no" reached
  // while a cycle was cut short may not be final.
  const reachesPage = (id: string, getModuleInfo: GetModuleInfo, seen = new Set<string>()) => {
    if (inPopup.has(id) || POPUP_PAGE.test(id)) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    const importers = getModuleInfo(id)?.importers ?? [];
    if (!importers.some((importer) => reachesPage(importer, getModuleInfo, seen))) return false;
    inPopup.add(id);
    return true;
  };
  return {
    groups: [
      {
        name: (id: string, context: { getModuleInfo: GetModuleInfo }) =>
          !POPUP_OWN.test(id) && reachesPage(id, (other) => context.getModuleInfo(other))
            ? 'popup-start'
            : null,
      },
    ],
  };
}
