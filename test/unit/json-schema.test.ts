import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { storyJsonSchema } from "../../src/data/json-schema.js";

describe("schema/story.schema.json", () => {
  it("is what the format's description generates (run npm run build:schema after changing it)", () => {
    const committed = JSON.parse(readFileSync("schema/story.schema.json", "utf8"));
    expect(committed).toEqual(storyJsonSchema());
  });

  it("lets an editor see required fields and misspelt ones", () => {
    const schema = storyJsonSchema() as any;
    expect(schema.required).toEqual(["version", "id", "article", "timeline"]);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.quiz.properties.questions.items.oneOf).toHaveLength(4);
  });
});
