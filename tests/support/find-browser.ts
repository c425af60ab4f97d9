import { existsSync } from 'node:fs';

export interface BrowserSpec {
  /** What the error calls it: "Chromium", "Firefox". */
  name: string;
  /** The environment variable that names the binary and wins over the usual paths. */
  envVar: string;
  usualPaths: readonly string[];
  /** The Debian package to install when none is found. */
  aptPackage: string;
}

/** The env variable's path, else the first usual path that exists. Never downloads a browser. */
export function findBrowser(
  spec: BrowserSpec,
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const chosen = env[spec.envVar];
  const found = (chosen ? [chosen] : spec.usualPaths).find(exists);
  if (found) return found;
  throw new Error(
    chosen
      ? `${spec.envVar}=${chosen} does not exist: point it at a ${spec.name} binary.`
      : `No ${spec.name} found: install one with \`sudo apt-get install -y ${spec.aptPackage}\` or set ${spec.envVar}.`,
  );
}
