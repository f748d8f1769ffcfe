// Creates or updates records keyed by slug; a record whose fields already hold the values is not
// touched, and nothing is ever deleted (attempts and progress point at these records).
import { canonicalJson } from './sync-version.mjs';

/**
 * Upserts `items` (each { slug, ...fields }) into `collection`. Returns the record ids by slug and
 * which slugs were created, updated or unchanged.
 */
export async function upsertBySlug(pb, collection, items) {
  const existing = new Map((await pb.collection(collection).getFullList({ batch: 500 })).map((r) => [r.slug, r]));
  const report = { ids: new Map(), created: [], updated: [], unchanged: [] };
  for (const fields of items) {
    const record = existing.get(fields.slug);
    if (!record) {
      report.ids.set(fields.slug, (await pb.collection(collection).create(fields)).id);
      report.created.push(fields.slug);
    } else if (Object.keys(fields).some((key) => canonicalJson(record[key]) !== canonicalJson(fields[key]))) {
      await pb.collection(collection).update(record.id, fields);
      report.ids.set(fields.slug, record.id);
      report.updated.push(fields.slug);
    } else {
      report.ids.set(fields.slug, record.id);
      report.unchanged.push(fields.slug);
    }
  }
  return report;
}
