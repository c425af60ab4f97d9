import { existsSync } from 'node:fs';
import { EXTENSION_DIR } from './paths';
import { findChromium } from './chromium';

export default function globalSetup(): void {
  findChromium();
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No build in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
}
