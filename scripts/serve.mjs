// `npm run serve`: production. Serves the built site (`npm run build` first) and the API on
// HOST:PORT (default 127.0.0.1:8090) with its data in ERTAD_DATA (default .data/); never creates
// demo accounts. See "Deploying" in README.md.
import { serveProduction } from './lib/serve-production.mjs';
import { stopTogether } from './lib/serve-data.mjs';

try {
  const server = await serveProduction({
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 8090),
  });
  console.log(`ertad: serving ${server.url}/ in production mode (no demo accounts; Ctrl-C to stop)`);
  stopTogether(server);
} catch (error) {
  console.error(`ertad: ${error.message}`);
  process.exit(1);
}
