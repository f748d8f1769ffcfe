// What a browser downloads for one built page, by kind, raw and gzip-compressed: the HTML, its
// stylesheets, and its scripts with every module they import (islands included). Fonts depend
// on what the browser renders, so the benchmark measures them in Chromium instead.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

function scriptGraph(distDir, entry, seen) {
  if (seen.has(entry)) return;
  const file = join(distDir, entry);
  if (!existsSync(file)) return;
  seen.add(entry);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    scriptGraph(distDir, spec.startsWith('/') ? spec : posix.join(posix.dirname(entry), spec), seen);
  }
}

/** Bytes of the page at `pagePath` (e.g. `/ka/courses/x/y/`) in `distDir`, by kind. */
export function pageWeight(distDir, pagePath) {
  const htmlBytes = readFileSync(join(distDir, pagePath, 'index.html'));
  const html = htmlBytes.toString('utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) =>
    readFileSync(join(distDir, m[1])),
  );
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const scripts = new Set();
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) scriptGraph(distDir, src, scripts);
  for (const [, src] of html.matchAll(/(?:component|renderer)-url="([^"]+)"/g)) scriptGraph(distDir, src, scripts);
  for (const [, body] of html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const [, spec] of body.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
      scriptGraph(distDir, spec, scripts);
  }
  const js = [...scripts].map((src) => readFileSync(join(distDir, src)));
  const sum = (buffers) => ({
    raw: buffers.reduce((n, b) => n + b.length, 0),
    gzip: buffers.reduce((n, b) => n + gzip(b), 0),
  });
  return {
    html: sum([htmlBytes]),
    css: sum(css),
    js: sum(js),
    scripts: [...scripts],
  };
}
