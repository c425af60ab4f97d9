import { existsSync } from 'node:fs';
import { EXTENSION_DIR, findFirefox } from './firefox';

/** No Firefox or no build: one line saying what to do, not a stack trace. */
export default function globalSetup(): void {
  try {
    findFirefox();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    console.error(`No build in ${EXTENSION_DIR}: run \`npm run build\` first.`);
    process.exit(1);
  }
}
