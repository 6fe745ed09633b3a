import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isStoryDate } from "../../src/data/edtf-date.js";
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

/** Every property of every object in the schema, with its path. */
function properties(schema: any, path = ""): [string, any][] {
  const found: [string, any][] = [];
  for (const [key, value] of Object.entries<any>(schema.properties ?? {})) {
    found.push([`${path}${key}`, value], ...properties(value, `${path}${key}.`));
    if (value.items) found.push(...properties(value.items, `${path}${key}[].`));
    for (const option of value.items?.oneOf ?? [])
      found.push(...properties(option, `${path}${key}[].`));
  }
  return found;
}

describe("schema/story.schema.json: help in the editor", () => {
  const all = properties(storyJsonSchema());

  it("describes every field", () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter(([, value]) => !value.description).map(([path]) => path)).toEqual([]);
  });

  it("gives every date a pattern that agrees with the format", () => {
    const dates = all.filter(
      ([path]) => /\.(date|start|end)$/.test(path) && path !== "article.date",
    );
    expect(dates.map(([path]) => path)).toEqual([
      "timeline.eras[].start",
      "timeline.eras[].end",
      "timeline.events[].date",
    ]);
    for (const [, value] of dates) {
      const pattern = new RegExp(value.pattern);
      for (const text of [
        "2024",
        "2024-02",
        "2002-10-16",
        "-0282",
        "199X",
        "-02XX",
        "2021~",
        "2020-05/2020",
        "2021/..",
        "../2020",
        "2021/",
      ]) {
        expect(pattern.test(text), text).toBe(true);
        expect(isStoryDate(text), text).toBe(true);
      }
      for (const text of [
        "240 BC",
        "272",
        "16 October 2002",
        "2024-13",
        "2024-2",
        "199X-02",
        "../..",
      ]) {
        expect(pattern.test(text), text).toBe(false);
      }
      expect(value.description).toContain('283 BCE is "-0282"');
    }
  });

  it("takes the article's date as a day only", () => {
    const [, date] = all.find(([path]) => path === "article.date") ?? [];
    const pattern = new RegExp(date.pattern);
    expect(["2024-10-30", "1999-01-01"].filter((text) => pattern.test(text))).toHaveLength(2);
    expect(["2024-10", "2024", "Oct. 30, 2024", "2024-10-30~"].some((t) => pattern.test(t))).toBe(
      false,
    );
  });

  it("lists the era styles", () => {
    const [, eraStyle] = all.find(([path]) => path === "timeline.eraStyle") ?? [];
    expect(eraStyle.enum).toEqual(["bce", "bc"]);
  });
});
