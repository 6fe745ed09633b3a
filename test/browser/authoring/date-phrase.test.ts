/**
 * The studio reads date fields in the browser: the date-phrase module, chrono-node with it, and
 * the sentence segmenter must work there as in Node.
 */
import { describe, expect, it } from "vitest";
import { findDates, readDatePhrase } from "../../../src/authoring/date-phrase.js";
import { splitSentences } from "../../../src/authoring/sentences.js";

describe("date phrases in the browser", () => {
  it("reads what an editor types, as in Node", () => {
    const dateline = "2024-11-05";
    expect(readDatePhrase("Oct. 27, 2024", { dateline })).toMatchObject({
      ok: true,
      date: "2024-10-27",
      reads: "October 27, 2024",
    });
    expect(readDatePhrase("the early third century BCE", { dateline })).toMatchObject({
      ok: true,
      date: "-0299~/-0266~",
    });
    expect(readDatePhrase("in February", { dateline })).toMatchObject({
      ok: true,
      date: "2024-02~",
    });
    expect(readDatePhrase("$1.8 billion", { dateline }).ok).toBe(false);
  });

  it("finds dates in sentences split as in Node", () => {
    const [caption] = splitSentences(
      "Elon Musk cheers at a rally in New York on Oct. 27, 2024. Another speaker spoke.",
    );
    expect(caption).toBe("Elon Musk cheers at a rally in New York on Oct. 27, 2024.");
    expect(findDates(caption ?? "").map((date) => date.date)).toEqual(["2024-10-27"]);
  });
});
