/**
 * The value stored under `key` in a record, only if the record itself holds it: never one inherited
 * from Object.prototype ("constructor", "toString", "__proto__"), whatever id a file or link carries.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
