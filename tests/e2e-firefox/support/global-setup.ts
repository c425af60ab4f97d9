import { existsSync } from 'node:fs';
import { EXTENSION_DIR, findFirefox } from './firefox';

export default function globalSetup(): void {
  findFirefox();
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No build in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
}
