/**
 * The translations the package ships (`strings/*.json`, for `data-backstory-strings` blocks or the
 * `strings` property): each has every English text, in the right section, with the same
 * placeholders, and nothing else, so a newsroom never shows a half-English widget.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENGLISH_QUIZ_STRINGS } from "../../src/elements/quiz/strings.js";
import { ENGLISH_TIMELINE_STRINGS } from "../../src/elements/timeline/strings.js";

type Texts = Record<string, string>;
const timeline: Texts = { ...ENGLISH_TIMELINE_STRINGS };
const quiz: Texts = { ...ENGLISH_QUIZ_STRINGS };

/** Texts both elements have, word for word, sit at the top; the others in their element's section. */
const shared = Object.keys(timeline).filter((key) => quiz[key] === timeline[key]);
const only = (texts: Texts) => Object.keys(texts).filter((key) => !shared.includes(key));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const files = readdirSync("strings").filter((name) => name.endsWith(".json"));

describe("strings/*.json", () => {
  it("ships French, Spanish, German and Arabic", () => {
    expect(files.sort()).toEqual(["ar.json", "de.json", "es.json", "fr.json"]);
  });

  for (const file of files) {
    describe(file, () => {
      const translation = JSON.parse(readFileSync(`strings/${file}`, "utf8"));
      const sections: [string, Texts, string[], Texts][] = [
        ["top level", translation, shared, timeline],
        ["timeline", translation.timeline ?? {}, only(timeline), timeline],
        ["quiz", translation.quiz ?? {}, only(quiz), quiz],
      ];

      it("has exactly the English keys, in the right sections", () => {
        for (const [name, texts, keys] of sections) {
          const own = Object.keys(texts).filter((key) => typeof texts[key] === "string");
          expect(own.sort(), name).toEqual([...keys].sort());
        }
      });

      it("keeps every placeholder of the English texts, and translates them", () => {
        for (const [name, texts, keys, english] of sections) {
          for (const key of keys) {
            const text = String(texts[key]);
            expect(placeholders(text), `${name}: ${key}`).toEqual(
              placeholders(String(english[key])),
            );
            if (!/^\{\w+\}: \{\w+\}$/.test(text))
              expect(text, `${name}: ${key}`).not.toBe(english[key]);
          }
        }
      });
    });
  }
});
