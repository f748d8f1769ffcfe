import PocketBase from 'pocketbase';

// Same origin in production (PocketBase serves the site) and in dev (Astro proxies /api).
export const pb = new PocketBase('/');
