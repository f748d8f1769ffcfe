// `npm run bench`: runs every bench/*.bench.mjs section (or those named on the command line),
// prints each result as a table and writes them to bench/results/latest.json, beside the latest
// results of the sections not run this time.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable, writeResults } from './lib/report.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const sections = readdirSync(here)
  .filter((file) => file.endsWith('.bench.mjs'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();

const results = {};
for (const file of sections) {
  const section = await import(join(here, file));
  console.log(`\nertad bench: ${file}…`);
  const tables = {};
  for (const table of await section.run()) {
    printTable(table.title, table.rows);
    tables[table.title] = table;
  }
  results[file] = { date: new Date().toISOString(), tables };
}
const out = join(here, 'results/latest.json');
writeResults(out, results);
console.log(`\nertad bench: results written to ${out}`);
