// `npm run build`: builds the site now, whether or not sources changed.
import { buildSite } from './lib/site-build.mjs';

try {
  buildSite({ force: process.argv.includes('--force') });
} catch (error) {
  console.error(`ertad: ${error.message}`);
  process.exit(1);
}
