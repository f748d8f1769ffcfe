// `npm start`: builds the site if sources changed, then PocketBase serves it and the API on
// HOST:PORT (default 127.0.0.1:8090) with its data in .data/ (ERTAD_DATA to change), and a new
// database gets the demo accounts. Only on loopback unless ERTAD_ALLOW_DEMO_ON_NETWORK=1.
import { buildSite } from './lib/site-build.mjs';
import { assertDemoMayListenOn, serveProjectData, stopTogether } from './lib/serve-data.mjs';

try {
  const host = process.env.HOST ?? '127.0.0.1';
  assertDemoMayListenOn(host);
  buildSite();
  const port = Number(process.env.PORT ?? 8090);
  // Listening on every interface: links name this machine as localhost.
  const publicUrl = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  const server = await serveProjectData({ host, port, publicUrl });
  console.log(`ertad: serving ${server.url}/ (Ctrl-C to stop)`);
  stopTogether(server);
} catch (error) {
  console.error(`ertad: ${error.message}`);
  process.exit(1);
}
