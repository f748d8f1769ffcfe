// Webfont bytes each page makes Chromium fetch: a page downloads the Georgian or Armenian font only
// when it shows text in that script (language names in the menu use the system font).
import { chromium } from '@playwright/test';
import { ownPocketBase } from './lib/own-pocketbase.mjs';
import { buildSite } from '../scripts/lib/site-build.mjs';

const PAGES = [
  { path: '/en/', scripts: 'Latin' },
  { path: '/az/', scripts: 'Latin' },
  { path: '/ka/', scripts: 'Georgian' },
  { path: '/hy/', scripts: 'Armenian' },
  { path: '/en/courses/gesi-foundations/what-gesi-means/', scripts: 'Latin' },
  { path: '/ka/courses/gesi-foundations/what-gesi-means/', scripts: 'Georgian' },
];

export async function run() {
  buildSite();
  const server = await ownPocketBase();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const rows = [];
  try {
    for (const { path, scripts } of PAGES) {
      const page = await browser.newPage();
      const fetched = [];
      page.on('response', async (response) => {
        if (response.url().endsWith('.woff2'))
          fetched.push({ name: response.url().split('/').pop(), bytes: (await response.body()).length });
      });
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const families = [
        ...new Set(
          fetched.map((f) =>
            f.name.includes('georgian') ? 'Georgian' : f.name.includes('armenian') ? 'Armenian' : f.name,
          ),
        ),
      ];
      const expected = scripts === 'Latin' ? [] : [scripts];
      rows.push({
        page: path,
        'text in': scripts,
        'fonts fetched': families.join(', ') || '—',
        'woff2 bytes': fetched.reduce((sum, f) => sum + f.bytes, 0),
        goal: `only the page's scripts: ${JSON.stringify(families) === JSON.stringify(expected) ? 'met' : 'missed'}`,
      });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return [{ title: 'Webfonts per page', rows }];
}
