// Reading and writing PocketBase records the way every server adapter does.
import { perObject } from '../cache/per-object';
import type { AuditEntry } from '../records/store';
import type { PbApp, PbExpression, PbGlobals, PbRecord } from './pocketbase-api';

declare const $dbx: PbGlobals['$dbx'];
declare const arrayOf: PbGlobals['arrayOf'];
declare const DynamicModel: PbGlobals['DynamicModel'];
declare const Record: PbGlobals['Record'];

/**
 * A JSON column in a row shape. Unset JSON fields are NULL in PocketBase's tables, which a row's
 * text column cannot hold: these columns alone are read as `COALESCE(column, 'null')`.
 */
export const JSON_COLUMN = 'json';

/** Columns by example value: '' for text and relations, JSON_COLUMN, 0 for numbers, false for booleans. */
type RowShape = { [column: string]: string | number | boolean };

// The select list of each shape, made once.
const selectList = perObject((shape: RowShape) =>
  Object.keys(shape).map((name) =>
    shape[name] === JSON_COLUMN ? `COALESCE(\`${name}\`, 'null') AS \`${name}\`` : name,
  ),
);

/**
 * The `shape` columns of the first row of `table` matching `expression`, or null: a plain row for
 * reads that save nothing. A record costs about twice as much to read in PocketBase's JS engine
 * (its collection, every field, the record hooks), measured on the grading route. Give `shape` as
 * a constant: its select list is made once.
 */
export function firstRowWhere<T extends RowShape>(
  app: PbApp,
  table: string,
  shape: T,
  expression: PbExpression,
): T | null {
  const rows = arrayOf(new DynamicModel(shape));
  app
    .db()
    .select(...selectList(shape))
    .from(table)
    .where(expression)
    .limit(1)
    .all(rows);
  return rows.length > 0 ? rows[0] : null;
}

/** A JSON column's value from its text, or `empty` when unset. */
export function parseJson<T>(text: string, empty: T): T {
  const value = JSON.parse(text || 'null') as T | null;
  return value === null ? empty : value;
}

/**
 * The first record whose fields equal `fields`, or null. Column equality rather than a filter
 * string: parsing a filter took a quarter of the time of each read on the grading route.
 */
export function first(app: PbApp, collection: string, fields: { [field: string]: unknown }): PbRecord | null {
  const records = arrayOf(new Record());
  app.recordQuery(collection).andWhere($dbx.hashExp(fields)).limit(1).all(records);
  return records.length > 0 ? records[0] : null;
}

/**
 * A value for a JSON field as JSON text, which PocketBase stores as it is: handed an object, its JS
 * engine copies it into Go one field at a time, the costliest part of storing a graded attempt.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value);
}

/** A JSON field's value, or `empty` when the field is unset. */
export function json<T>(record: PbRecord, field: string, empty: T): T {
  return parseJson(record.getString(field), empty);
}

/** An unsaved record of `collection`, whose schema comes from PocketBase's cache rather than a query each time. */
export function newRecord(app: PbApp, collection: string): PbRecord {
  return new Record(app.findCachedCollectionByNameOrId(collection));
}

/** A new record of `collection` with `fields`, saved. */
export function create(app: PbApp, collection: string, fields: object): PbRecord {
  const record = newRecord(app, collection);
  record.load(fields);
  app.save(record);
  return record;
}

/**
 * A new record saved without PocketBase's validation, which costs a query for each relation and
 * unique index: only for rows the server composes itself from checked values, on hot paths.
 */
export function createComposed(app: PbApp, collection: string, fields: object): PbRecord {
  const record = newRecord(app, collection);
  record.load(fields);
  app.saveNoValidate(record);
  return record;
}

export function audit(app: PbApp, entry: AuditEntry): void {
  createComposed(app, 'audit_log', {
    actor: entry.actorId,
    action: entry.action,
    collection: entry.collection,
    record: entry.record,
    details: jsonText(entry.details),
  });
}
