// Reading and writing PocketBase records the way every server adapter does.
import type { AuditEntry } from '../records/store';
import type { PbApp, PbGlobals, PbRecord } from './pocketbase-api';

declare const Record: PbGlobals['Record'];

/** The first record matching `filter`, or null (findFirstRecordByFilter throws when none does). */
export function first(
  app: PbApp,
  collection: string,
  filter: string,
  params: { [name: string]: unknown },
): PbRecord | null {
  const records = app.findRecordsByFilter(collection, filter, '', 1, 0, params);
  return records.length > 0 ? records[0] : null;
}

/** A JSON field's value, or `empty` when the field is unset. */
export function json<T>(record: PbRecord, field: string, empty: T): T {
  const value = JSON.parse(record.getString(field) || 'null') as T | null;
  return value === null ? empty : value;
}

/** A new record of `collection` with `fields`, saved. */
export function create(app: PbApp, collection: string, fields: object): PbRecord {
  const record = new Record(app.findCollectionByNameOrId(collection));
  record.load(fields);
  app.save(record);
  return record;
}

export function audit(app: PbApp, entry: AuditEntry): void {
  create(app, 'audit_log', {
    actor: entry.actorId,
    action: entry.action,
    collection: entry.collection,
    record: entry.record,
    details: entry.details,
  });
}
