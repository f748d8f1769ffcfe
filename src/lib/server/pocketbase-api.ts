// The part of PocketBase's JS API (goja globals and `$app`) that the server adapters use, typed
// here so that they type-check without PocketBase's generated types.d.ts.

/** A stored record (core.Record). */
export interface PbRecord {
  id: string;
  getString(field: string): string;
  getInt(field: string): number;
  getBool(field: string): boolean;
  email(): string;
  load(data: object): void;
}

/** A collection model (core.Collection). */
export interface PbCollection {
  name: string;
}

/** A dbx expression, made by `$dbx.hashExp`, `$dbx.in` or `$dbx.or`. */
export type PbExpression = { readonly __dbxExpression: unique symbol };

/** The query builder of `app.db()` (dbx), as far as the adapters use it. */
export interface PbQuery {
  select(...columns: string[]): PbQuery;
  from(table: string): PbQuery;
  where(expression: PbExpression): PbQuery;
  andWhere(expression: PbExpression): PbQuery;
  limit(count: number): PbQuery;
  /** A raw SQL query with `{:name}` placeholders. */
  newQuery(sql: string): PbQuery;
  bind(params: { [name: string]: unknown }): PbQuery;
  one(into: object): void;
  all(into: object[]): void;
}

/** The settings the adapters read (core.Settings). */
export interface PbSettings {
  meta: { appName: string; appURL: string; senderAddress: string; senderName: string };
  smtp: { enabled: boolean };
}

/** `$app`, or the `txApp` of a transaction (core.App). */
export interface PbApp {
  findRecordsByFilter(
    collection: string,
    filter: string,
    sort: string,
    limit: number,
    offset: number,
    params?: { [name: string]: unknown },
  ): PbRecord[];
  findRecordById(collection: string, id: string): PbRecord;
  findRecordsByIds(collection: string, ids: string[]): PbRecord[];
  findCachedCollectionByNameOrId(collection: string): PbCollection;
  countRecords(collection: string, ...expressions: PbExpression[]): number;
  recordQuery(collection: string): PbQuery;
  save(record: PbRecord): void;
  saveNoValidate(record: PbRecord): void;
  delete(record: PbRecord): void;
  db(): PbQuery;
  runInTransaction(work: (txApp: PbApp) => void): void;
  settings(): PbSettings;
  newMailClient(): { send(message: PbMailerMessage): void };
  logger(): { warn(message: string, ...keysAndValues: unknown[]): void };
}

/** An email for PocketBase's mailer (mailer.Message). */
export type PbMailerMessage = { readonly __mailerMessage: unique symbol };
type MailAddress = { address: string; name: string };

/** The globals PocketBase defines in every hook runtime. */
export interface PbGlobals {
  $app: PbApp;
  $dbx: {
    hashExp(values: { [column: string]: unknown }): PbExpression;
    in(column: string, ...values: unknown[]): PbExpression;
    or(...expressions: PbExpression[]): PbExpression;
  };
  $os: { getenv(name: string): string };
  $security: {
    randomString(length: number): string;
    randomStringWithAlphabet(length: number, alphabet: string): string;
  };
  /** Where pb_hooks is, for requiring files beside the bundle. */
  __hooks: string;
  /** An array that Go fills with copies of `item` (a DynamicModel or Record). */
  arrayOf<T>(item: T): T[];
  DynamicModel: new <T extends object>(shape: T) => T;
  Record: new (collection?: PbCollection) => PbRecord;
  MailerMessage: new (message: {
    from: MailAddress;
    to: MailAddress[];
    subject: string;
    html: string;
    text: string;
  }) => PbMailerMessage;
}

/** Whoever made a request: a user, a superuser, or nobody. */
export interface PbAuth {
  id: string;
  collection(): PbCollection;
  getString(field: string): string;
}

/** A route handler's event (core.RequestEvent), as far as the routes use it. */
export interface PbRequestEvent {
  auth: PbAuth;
  request: { pathValue(name: string): string };
  response: { header(): { set(name: string, value: string): void } };
  requestInfo(): { body: unknown; query: unknown };
  // Each answers a Go error (or nothing), which the handler returns to PocketBase.
  json(status: number, body: unknown): unknown;
  blob(status: number, contentType: string, content: string): unknown;
  noContent(status: number): unknown;
}
