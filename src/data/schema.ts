/**
 * A small schema toolkit for the story format: each schema checks a value (collecting every
 * problem, with its path and an editor's message), describes itself as JSON Schema, and gives the
 * TypeScript type of what it accepts. A general-purpose library (valibot: 3.7 KB gzip for this
 * format) cost more than the whole rest of the validator in the bundle readers load; this is 1 KB.
 *
 * Pure data code: no Lit, no DOM.
 */

export type PathKey = string | number;

export interface SchemaIssue {
  keys: PathKey[];
  message: string;
}

/**
 * What a schema is, as data: what `json-schema.ts` turns into JSON Schema at build time. Plain
 * data rather than a method, so that the bundle readers load carries no JSON Schema code.
 */
export type SchemaDefinition =
  | { kind: "string"; nonEmpty?: boolean; pattern?: RegExp }
  | { kind: "number"; integer?: boolean; min?: number }
  | { kind: "boolean" }
  | { kind: "literal"; value: string }
  | { kind: "enum"; values: readonly string[] }
  | { kind: "array"; item: Schema<unknown>; minItems?: number }
  | { kind: "object"; shape: Shape }
  | { kind: "variant"; options: Schema<unknown>[] };

export interface Schema<T> {
  /** Reports what is wrong with `value` into `issues`; returns whether it is acceptable. */
  check(value: unknown, keys: PathKey[], issues: SchemaIssue[]): boolean;
  /** Words for what the schema expects, as in "must be text in quotes". */
  readonly expected: string;
  readonly definition: SchemaDefinition;
  /** Present only on optional schemas. */
  readonly optional?: true;
  /** Carries the type; never set. */
  readonly __type?: T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : never;
}[keyof S];
type ObjectType<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined>;
  }
>;

// Characters that reorder or hide the text around them: a message shows them as \u escapes, so
// that it reads as the file is written.
const HIDDEN = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * A value as a message quotes it: in JSON's double quotes, cut after `limit` characters (a 10 MB
 * value makes a 10 MB message otherwise), with text-direction and invisible characters escaped.
 */
export function quoteValue(value: unknown, limit = 100): string {
  const cut = (text: string) => {
    if (text.length <= limit) return text;
    // Never half of a character written as two UTF-16 units.
    const end = (text.charCodeAt(limit - 1) & 0xfc00) === 0xd800 ? limit - 1 : limit;
    return `${text.slice(0, end)}…`;
  };
  const json =
    typeof value === "string" ? JSON.stringify(cut(value)) : cut(JSON.stringify(value) ?? "");
  return json.replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** How a value is named in a message: "the number 5", "a list". */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return `the text ${quoteValue(value, 40)}`;
    case "number":
    case "boolean":
      return typeof value === "number" ? `the number ${value}` : String(value);
    case "object":
      return "an object";
    default:
      return "missing";
  }
}

/** Words for a rule's message: the value it is about, and the issue text. */
type Rule<T> = [test: (value: T) => boolean, message: (value: T) => string];

function make<T>(
  expected: string,
  definition: SchemaDefinition,
  isType: (value: unknown) => boolean,
  rules: Rule<T>[] = [],
  inner?: (value: T, keys: PathKey[], issues: SchemaIssue[]) => boolean,
): Schema<T> {
  return {
    expected,
    definition,
    check(value, keys, issues) {
      if (!isType(value)) {
        issues.push({ keys, message: `must be ${expected}, but is ${describe(value)}.` });
        return false;
      }
      let ok = true;
      for (const [test, message] of rules) {
        if (!test(value as T)) {
          issues.push({ keys, message: message(value as T) });
          ok = false;
        }
      }
      return (inner ? inner(value as T, keys, issues) : true) && ok;
    },
  };
}

// A character a reader can see: not a space, control, format character (zero-width space, soft
// hyphen, text-direction mark) or blank letter (Hangul filler, braille blank).
const VISIBLE = /[^\s\p{Cc}\p{Cf}\u115f\u1160\u2800\u3164\uffa0]/u;

export interface StringOptions {
  /** Must have a character a reader can see. */
  nonEmpty?: boolean;
  /** For the JSON Schema only: what a checker in an editor can test. */
  pattern?: RegExp;
  rules?: Rule<string>[];
}

export function string(options: StringOptions = {}): Schema<string> {
  const rules = [...(options.rules ?? [])];
  if (options.nonEmpty) {
    rules.unshift([
      (v) => VISIBLE.test(v),
      (v) =>
        `is empty${v.trim() ? " (it has only invisible characters)" : ""}. Write the text or remove the field.`,
    ]);
  }
  return make(
    "text in quotes",
    { kind: "string", nonEmpty: options.nonEmpty, pattern: options.pattern },
    (v) => typeof v === "string",
    rules,
  );
}

export function number(options: { integer?: boolean; min?: number } = {}): Schema<number> {
  const { integer, min } = options;
  const rules: Rule<number>[] = [];
  if (integer) rules.push([Number.isInteger, (v) => `must be a whole number, but is ${v}.`]);
  if (min !== undefined)
    rules.push([(v) => v >= min, (v) => `must be ${min} or more, but is ${v}.`]);
  return make(
    integer ? "a whole number" : "a number",
    { kind: "number", integer, min },
    (v) => typeof v === "number" && Number.isFinite(v),
    rules,
  );
}

export function boolean(): Schema<boolean> {
  return make("true or false", { kind: "boolean" }, (v) => typeof v === "boolean");
}

export function literal<const T extends string>(value: T): Schema<T> {
  return make(JSON.stringify(value), { kind: "literal", value }, (v) => v === value);
}

/** One of a few fixed texts, e.g. "bce" or "bc". */
export function oneOf<const T extends string>(values: readonly T[]): Schema<T> {
  const words = values.map((value) => JSON.stringify(value)).join(" or ");
  return make(words, { kind: "enum", values }, (v) => values.includes(v as T));
}

export function optional<T>(schema: Schema<T>): Schema<T | undefined> & { optional: true } {
  return {
    ...schema,
    optional: true,
    check: (value, keys, issues) => value === undefined || schema.check(value, keys, issues),
  };
}

export function array<T>(
  item: Schema<T>,
  minItems?: [count: number, message: string],
): Schema<T[]> {
  const rules: Rule<unknown[]>[] = minItems
    ? [[(v) => v.length >= minItems[0], () => minItems[1]]]
    : [];
  return make(
    "a list in square brackets [ ]",
    { kind: "array", item, minItems: minItems?.[0] },
    Array.isArray,
    rules as Rule<T[]>[],
    (list, keys, issues) =>
      list.map((element, index) => item.check(element, [...keys, index], issues)).every(Boolean),
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** An object with exactly these fields: unknown fields are reported, to catch misspellings. */
export function object<S extends Shape>(shape: S): Schema<ObjectType<S>> & { shape: S } {
  const fields = Object.keys(shape);
  return {
    shape,
    ...make<ObjectType<S>>(
      "an object in curly braces { }",
      { kind: "object", shape },
      isRecord,
      [],
      (value, keys, issues) => {
        let ok = true;
        for (const key of fields) {
          const field = shape[key] as Schema<unknown>;
          const fieldValue = (value as Record<string, unknown>)[key];
          if (fieldValue === undefined && !field.optional) {
            issues.push({
              keys: [...keys, key],
              message: `is missing. Add it as ${field.expected}.`,
            });
            ok = false;
          } else if (!field.check(fieldValue, [...keys, key], issues)) ok = false;
        }
        for (const key of Object.keys(value)) {
          if (!(key in shape)) {
            issues.push({
              keys: [...keys, key],
              message: `is not a field the format knows here. Check its spelling, or remove it. The fields are: ${fields.join(", ")}.`,
            });
            ok = false;
          }
        }
        return ok;
      },
    ),
  };
}

/** One of several object schemas, chosen by the value of `key` (e.g. a question's "type"). */
export function variant<K extends string, O extends Schema<unknown> & { shape: Shape }>(
  key: K,
  options: O[],
): Schema<Infer<O>> {
  const tags = options.map((option) => {
    const definition = option.shape[key]?.definition;
    return definition?.kind === "literal" ? definition.value : undefined;
  });
  const expectedTag = tags.map((tag) => JSON.stringify(tag)).join(", ");
  return make(
    "an object in curly braces { }",
    { kind: "variant", options },
    isRecord,
    [],
    (value, keys, issues) => {
      const tag = (value as Record<string, unknown>)[key];
      const option = options[tags.indexOf(tag as string)];
      if (!option) {
        issues.push({
          keys: [...keys, key],
          message: `must be one of ${expectedTag}, but is ${describe(tag)}.`,
        });
        return false;
      }
      return option.check(value, keys, issues);
    },
  );
}
