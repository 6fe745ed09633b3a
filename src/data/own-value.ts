/**
 * Reads `record[key]` only when the record itself holds that key. Story ids and template names
 * are written by editors: "constructor" or "__proto__" must not find what every object inherits.
 *
 * Pure data code: no Lit, no DOM.
 */
export const ownValue = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;
