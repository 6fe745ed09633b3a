import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findCitation,
  normalizeForMatching,
  splitParagraphs,
  textFragment,
} from "../../src/data/citations.js";
import { nearestPassage } from "../../src/data/nearest-passage.js";

const article = readFileSync("data/musk-spacex/article.txt", "utf8");
const paragraphs = splitParagraphs(article);

describe("splitParagraphs", () => {
  it("numbers every line of the article, credit and caption included", () => {
    expect(paragraphs).toHaveLength(20);
    expect(paragraphs[0]).toBe("Angelina Katsanis/POLITICO via AP Images");
    expect(paragraphs[1]).toMatch(/^Elon Musk cheers at a Donald Trump rally/);
    expect(paragraphs[2]).toMatch(/^Just as Elon Musk has gone all in/);
  });

  it("skips blank lines and Windows line ends", () => {
    expect(splitParagraphs("a\r\n\r\n  b  \n")).toEqual(["a", "b"]);
  });
});

describe("findCitation", () => {
  it("finds a quote and gives its paragraph and the article's exact wording", () => {
    const match = findCitation("Madison Square Garden in New York on Oct. 27, 2024", paragraphs);
    expect(match?.paragraph).toBe(2);
    expect(match?.articleText).toBe("Madison Square Garden in New York on Oct. 27, 2024");
  });

  it("gives up to three words of the paragraph on either side, punctuation and all", () => {
    const match = findCitation("Square Garden in New York", paragraphs);
    const paragraph = paragraphs[1] as string;
    const at = paragraph.indexOf("Square Garden in New York");
    expect(
      paragraph
        .slice(0, at)
        .trimEnd()
        .endsWith(match?.before ?? "?"),
    ).toBe(true);
    expect(match?.before.split(" ").length).toBeLessThanOrEqual(3);
    expect(match?.before).toMatch(/Madison$/);
    expect(match?.after).toBe("on Oct. 27,");
    // At a paragraph's ends there is nothing to give.
    const whole = findCitation(paragraph, paragraphs);
    expect([whole?.before, whole?.after]).toEqual(["", ""]);
  });

  it("tolerates straight quotes and apostrophes and extra whitespace", () => {
    const match = findCitation(
      '"There is no way in hell that   Putin is going to lose,"',
      paragraphs,
    );
    expect(match?.paragraph).toBe(5);
    expect(match?.articleText).toBe("“There is no way in hell that Putin is going to lose,”");
    expect(findCitation("Trump's ground game operation", paragraphs)?.articleText).toBe(
      "Trump’s ground game operation",
    );
  });

  it("does not find a quote with one word changed", () => {
    expect(
      findCitation("There is no way in heck that Putin is going to lose", paragraphs),
    ).toBeUndefined();
  });

  it("gives the first paragraph of a sentence the article repeats", () => {
    expect(findCitation("Some might dare call it treason.", paragraphs)?.paragraph).toBe(12);
  });
});

describe("nearestPassage", () => {
  it("shows what the article says near a quote with one word changed", () => {
    const nearest = nearestPassage(
      "There is no way in heck that Putin is going to lose",
      paragraphs,
    );
    expect(nearest?.paragraph).toBe(5);
    expect(normalizeForMatching(nearest?.text ?? "")).toContain("no way in hell that Putin");
  });

  it("gives nothing for a quote the article has nothing like", () => {
    expect(
      nearestPassage("Completely unrelated words about gardening and tomatoes", paragraphs),
    ).toBeUndefined();
  });
});

describe("textFragment", () => {
  it("encodes a short quote whole, dashes and commas included", () => {
    expect(textFragment("low-orbit satellites, maybe")).toBe(
      "#:~:text=low%2Dorbit%20satellites%2C%20maybe",
    );
  });

  it("asks for the article's words around the quote as prefix and suffix, when known", () => {
    expect(textFragment("low-orbit satellites", 'told "The', "on Monday.")).toBe(
      "#:~:text=told%20%22The-,low%2Dorbit%20satellites,-on%20Monday.",
    );
    expect(textFragment("low-orbit satellites", "", "on Monday.")).toBe(
      "#:~:text=low%2Dorbit%20satellites,-on%20Monday.",
    );
  });

  it("uses a start and an end for a long quote", () => {
    expect(textFragment("one two three four five six seven eight nine ten eleven twelve")).toBe(
      "#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve",
    );
  });
});

describe("matching what looks the same", () => {
  it("splits lines ended by \\r alone, as old Mac editors save", () => {
    expect(splitParagraphs("one\rtwo\r\rthree\r\nfour\nfive")).toEqual([
      "one",
      "two",
      "three",
      "four",
      "five",
    ]);
  });

  it("finds a quote typed with a decomposed é (e + accent) in an article with the composed one, and back", () => {
    const composed = ["The caf\u00e9 opened in 2019 on Main Street."];
    const decomposed = ["The cafe\u0301 opened in 2019 on Main Street."];
    expect(findCitation("cafe\u0301 opened in 2019", composed)).toMatchObject({
      paragraph: 1,
      articleText: "caf\u00e9 opened in 2019",
    });
    expect(findCitation("caf\u00e9 opened in 2019", decomposed)).toMatchObject({
      paragraph: 1,
      articleText: "cafe\u0301 opened in 2019",
    });
  });

  it("ignores soft hyphens and zero-width spaces on either side, and keeps the article's own text", () => {
    const article = ["The Star\u00adlink net\u00adwork reached Kyiv\u200b in days."];
    expect(findCitation("Starlink network reached Kyiv", article)).toMatchObject({
      paragraph: 1,
      articleText: "Star\u00adlink net\u00adwork reached Kyiv",
    });
    expect(
      findCitation("Star\u00adlink net\u200bwork", ["The Starlink network"])?.articleText,
    ).toBe("Starlink network");
  });

  it("still tells different letters apart", () => {
    expect(findCitation("resume the launches", ["They will r\u00e9sum\u00e9 the launches."])).toBe(
      undefined,
    );
  });

  it("shows the nearest passage in the article's own words", () => {
    const nearest = nearestPassage(
      "“There is no way in heck that Putin is going to lose”",
      paragraphs,
    );
    expect(nearest?.text).toBe("“There is no way in hell that Putin is going to lose,”");
  });
});

describe("findCitation on any text", () => {
  it("finds any paragraph in itself, whatever marks, quotes, spaces and invisible characters it has", () => {
    const character = fc.constantFrom(
      ..."aeZ9 .,\t\n’‘“”'\"\u00e9\u0301\u0308\u00ad\u200b\u2060\ufeff\u1100\u1161\u11a8\u212b\u2126😀",
    );
    fc.assert(
      fc.property(fc.array(character, { minLength: 1, maxLength: 40 }), (characters) => {
        const paragraph = characters.join("");
        if (!normalizeForMatching(paragraph)) return true;
        return findCitation(paragraph, [paragraph])?.paragraph === 1;
      }),
      { numRuns: 3000 },
    );
  });
});
