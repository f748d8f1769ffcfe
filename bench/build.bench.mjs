// Site build speed on a generated 500-module × 2-language corpus, and the bytes of a real module page.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ownPocketBase } from './lib/own-pocketbase.mjs';
import { writeCorpus } from './lib/corpus.mjs';
import { buildInto } from './lib/build-into.mjs';
import { root } from '../scripts/lib/root.mjs';
import { pageWeight } from '../scripts/lib/page-weight.mjs';
import { buildSite } from '../scripts/lib/site-build.mjs';

const MODULE_PAGE = '/ka/courses/gesi-foundations/what-gesi-means/';

function countPages(dir) {
  return readdirSync(dir, { recursive: true }).filter(
    (f) => String(f).endsWith('.html') && statSync(join(dir, String(f))).isFile(),
  ).length;
}

async function buildSpeed() {
  const corpus = mkdtempSync(join(tmpdir(), 'ertad-bench-corpus-'));
  try {
    writeCorpus(corpus, root, { courseCount: 50, modulesPerCourse: 10 });
    const { seconds, outDir } = await buildInto(corpus);
    const pages = countPages(outDir);
    return {
      corpus: '500 modules × ka+en (pages in 4 languages)',
      pages,
      seconds,
      pagesPerSecond: pages / seconds,
      goal: '≥ 50 pages/s',
      met: pages / seconds >= 50 ? 'yes' : 'no',
    };
  } finally {
    rmSync(corpus, { recursive: true, force: true });
  }
}

/** Font bytes Chromium actually fetched for the page (webfonts load only for text that needs them). */
async function fontBytes(pagePath) {
  const server = await ownPocketBase();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (response.url().endsWith('.woff2')) bytes += (await response.body()).length;
    });
    await page.goto(`${server.url}${pagePath}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    return bytes;
  } finally {
    await browser.close();
    await server.stop();
  }
}

export async function run() {
  buildSite();
  const weight = pageWeight(join(root, 'dist'), MODULE_PAGE);
  const fonts = await fontBytes(MODULE_PAGE);
  const totalGzip = weight.html.gzip + weight.css.gzip + weight.js.gzip;
  return [
    { title: 'Site build (astro build)', rows: [await buildSpeed()] },
    {
      title: `Module page weight (${MODULE_PAGE}, no H5P)`,
      rows: [
        { part: 'HTML', raw: weight.html.raw, gzip: weight.html.gzip, goal: '' },
        { part: 'CSS', raw: weight.css.raw, gzip: weight.css.gzip, goal: '' },
        {
          part: 'JS',
          raw: weight.js.raw,
          gzip: weight.js.gzip,
          goal: `< 15 KB gzip: ${weight.js.gzip < 15_000 ? 'met' : 'missed'}`,
        },
        {
          part: 'HTML+CSS+JS',
          raw: weight.html.raw + weight.css.raw + weight.js.raw,
          gzip: totalGzip,
          goal: `< 30 KB gzip: ${totalGzip < 30_000 ? 'met' : 'missed'}`,
        },
        { part: 'fonts (woff2, as fetched by Chromium)', raw: fonts, gzip: fonts, goal: 'woff2 is already compressed' },
      ],
    },
  ];
}
