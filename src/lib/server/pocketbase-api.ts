// The part of PocketBase's JS API (goja globals and `$app`) that the learning store uses, typed
// here so that the adapter type-checks without PocketBase's generated types.d.ts.

/** A stored record (core.Record). */
export interface PbRecord {
  id: string;
  getString(field: string): string;
  getInt(field: string): number;
  getBool(field: string): boolean;
  load(data: Record<string, unknown>): void;
}

/** A collection model (core.Collection). */
export interface PbCollection {
  name: string;
}

/** The query builder of `app.db()` (dbx), as far as the store uses it. */
export interface PbQuery {
  select(...columns: string[]): PbQuery;
  from(table: string): PbQuery;
  where(expression: PbExpression): PbQuery;
  limit(count: number): PbQuery;
  one(into: object): void;
}

/** A dbx expression, made by `$dbx.hashExp`. */
export type PbExpression = { readonly __dbxExpression: unique symbol };

/** `$app`, or the `txApp` of a transaction (core.App). */
export interface PbApp {
  findRecordsByFilter(
    collection: string,
    filter: string,
    sort: string,
    limit: number,
    offset: number,
    params?: Record<string, unknown>,
  ): PbRecord[];
  findRecordById(collection: string, id: string): PbRecord;
  findCollectionByNameOrId(collection: string): PbCollection;
  countRecords(collection: string, ...expressions: PbExpression[]): number;
  save(record: PbRecord): void;
  db(): PbQuery;
}

/** The globals PocketBase defines in every hook runtime. */
export interface PbGlobals {
  $dbx: { hashExp(values: Record<string, unknown>): PbExpression };
  DynamicModel: new <T extends object>(shape: T) => T;
  Record: new (collection: PbCollection) => PbRecord;
}

/** Whoever made a request: a user, a superuser, or nobody. */
export interface PbAuth {
  id: string;
  collection(): PbCollection;
}
