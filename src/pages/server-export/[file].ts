import type { APIRoute } from 'astro';
import { getCurriculum } from '~/data/curriculum';
import { SERVER_EXPORT_FILES, serverExport, type ServerExportFile } from '~/data/server-export';

// The build's export for PocketBase (scripts/sync-content.mjs), answer keys included: written into
// dist/server-export/ and moved out to build/server/ as the build ends, and refused by `astro dev`
// (both in scripts/lib/server-export-integration.mjs), so it is never served.
export function getStaticPaths() {
  return SERVER_EXPORT_FILES.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params }) => {
  const files = serverExport(await getCurriculum());
  return new Response(`${JSON.stringify(files[params.file as ServerExportFile], null, 2)}\n`);
};
