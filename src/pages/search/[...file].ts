import type { APIRoute } from 'astro';
import { getSearchFiles } from '~/data/search-index';

// Writes the search shards as static files: /search/<lang>/head.json, body-<k>.json and text-<n>.txt.
export async function getStaticPaths() {
  const { files } = await getSearchFiles();
  return [...files].map(([file, content]) => ({ params: { file }, props: { content } }));
}

export const GET: APIRoute = ({ props }) => new Response(props.content as string);
