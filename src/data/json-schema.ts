/**
 * The JSON Schema of the story format, made from the same description as the validator. Used at
 * build time only (it is not in the bundle readers load).
 */
import type { Schema } from "./schema.js";
import { StorySchema } from "./story-format.js";
import { fieldDocs } from "./story-format-docs.js";

type JsonSchema = Record<string, unknown>;

export function toJsonSchema(schema: Schema<unknown>): JsonSchema {
  const definition = schema.definition;
  switch (definition.kind) {
    case "string":
      return {
        type: "string",
        ...(definition.nonEmpty ? { minLength: 1 } : {}),
        ...(definition.pattern ? { pattern: definition.pattern.source } : {}),
      };
    case "number":
      return {
        type: definition.integer ? "integer" : "number",
        ...(definition.min !== undefined ? { minimum: definition.min } : {}),
      };
    case "boolean":
      return { type: "boolean" };
    case "literal":
      return { const: definition.value };
    case "enum":
      return { type: "string", enum: [...definition.values] };
    case "array":
      return {
        type: "array",
        items: toJsonSchema(definition.item),
        ...(definition.minItems !== undefined ? { minItems: definition.minItems } : {}),
      };
    case "object": {
      const fields = Object.entries(definition.shape);
      const docs = fieldDocs(definition);
      const property = (key: string, field: Schema<unknown>) => {
        const doc = docs?.[key];
        return typeof doc === "string"
          ? { description: doc, ...toJsonSchema(field) }
          : { ...(doc && { description: doc.description }), ...toJsonSchema(field), ...doc };
      };
      return {
        type: "object",
        properties: Object.fromEntries(fields.map(([key, field]) => [key, property(key, field)])),
        required: fields.filter(([, field]) => !field.optional).map(([key]) => key),
        additionalProperties: false,
      };
    }
    case "variant":
      return { oneOf: definition.options.map(toJsonSchema) };
  }
}

export function storyJsonSchema(): JsonSchema {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Backstory story file, version 1",
    description:
      "One news article's timeline and quiz. Dates use a subset of EDTF; all text is plain text, never HTML. See the Backstory README.",
    ...toJsonSchema(StorySchema),
  };
}
