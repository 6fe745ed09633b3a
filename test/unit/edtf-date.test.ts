import { describe, expect, it } from "vitest";
import {
  compareStoryDates,
  dateEndKey,
  dateSortKey,
  formatStoryDate,
  htmlDatetime,
  isStoryDate,
  parseStoryDate,
} from "../../src/data/edtf-date.js";

const parse = (text: string) => {
  const date = parseStoryDate(text);
  if (!date) throw new Error(`${text} did not parse`);
  return date;
};

describe("parseStoryDate", () => {
  it.each([
    ["2024", "year", 2024],
    ["2024-02", "month", 2024],
    ["2024-10-27", "day", 2024],
    ["-0044", "year", -44],
    ["199X", "decade", 1990],
    ["19XX", "century", 1900],
  ])("reads %s as a %s", (text, precision, year) => {
    const { start } = parse(text);
    expect(start?.precision).toBe(precision);
    expect(start?.year).toBe(year);
  });

  it("reads approximate and uncertain qualifiers", () => {
    expect(parse("2021~").start).toMatchObject({ approximate: true, uncertain: false });
    expect(parse("2021?").start).toMatchObject({ approximate: false, uncertain: true });
    expect(parse("2021%").start).toMatchObject({ approximate: true, uncertain: true });
  });

  it("reads intervals, with open ends", () => {
    expect(parse("2022-02/2022-09")).toMatchObject({
      interval: true,
      start: { year: 2022, month: 2 },
      end: { year: 2022, month: 9 },
    });
    expect(parse("2021/..").end).toBeUndefined();
    expect(parse("../2020").start).toBeUndefined();
    expect(parse("2021/").end).toBeUndefined();
  });

  it.each([
    ["-02XX", -299, -200],
    ["-028X", -289, -280],
    ["-0282", -282, -282],
    ["02XX", 200, 299],
  ])("reads %s as the astronomical years %i to %i", (text, first, last) => {
    const date = parse(text);
    expect(dateSortKey(date)).toBe(first);
    expect(dateEndKey(date)).toBe(last + 1);
  });

  it.each(["2020-05/2020", "2020/2020-12", "2020-05-31/2020-05", "2020/2020"])(
    "accepts %j, a span that ends in the year or month holding its start",
    (text) => {
      expect(isStoryDate(text)).toBe(true);
    },
  );

  it.each([
    "2024-13",
    "2021/2020",
    "2020-06/2020-05",
    "2024-02-30",
    "2023-02-29",
    "24",
    "2024-2",
    "1X9X",
    "199X-02",
    "2020/2019",
    "../..",
    "2020/2021/2022",
    "-0000",
    "",
    "2024-00",
  ])("rejects %j", (text) => {
    expect(isStoryDate(text)).toBe(false);
  });

  it("accepts Feb 29 in leap years only", () => {
    expect(isStoryDate("2024-02-29")).toBe(true);
    expect(isStoryDate("1900-02-29")).toBe(false);
    expect(isStoryDate("2000-02-29")).toBe(true);
  });
});

describe("compareStoryDates", () => {
  it("orders by start, then by end, across precisions and eras", () => {
    const texts = [
      "2024-10-27",
      "199X",
      "2024",
      "-0044",
      "2024-02",
      "2021/..",
      "../2020",
      "19XX",
      "2021~",
    ];
    const sorted = [...texts].sort((a, b) => compareStoryDates(parse(a), parse(b)));
    // A year starts with its January, so it sorts before its months; an open end sorts last.
    expect(sorted).toEqual([
      "-0044",
      "19XX",
      "199X",
      "../2020",
      "2021~",
      "2021/..",
      "2024",
      "2024-02",
      "2024-10-27",
    ]);
  });
});

describe("formatStoryDate", () => {
  it.each([
    ["199X", "1990s"],
    ["19XX", "1900s"],
    ["2021", "2021"],
    ["2024-02", "February 2024"],
    ["2024-10-27", "October 27, 2024"],
    ["2021~", "c. 2021"],
    ["2021?", "2021?"],
    ["-0044", "45 BCE"],
    ["-0282", "283 BCE"],
    ["0000", "1 BCE"],
    ["-0244~", "c. 245 BCE"],
    ["-02XX", "300–201 BCE"],
    ["-028X", "290–281 BCE"],
    ["-0299/-0200", "300 – 201 BCE"],
    ["-0044/0014", "45 BCE – 14 CE"],
    ["2020-05/2020", "May 2020 – 2020"],
    ["2022-02/2022-09", "February – September 2022"],
    ["2021/..", "2021 onward"],
    ["../2020", "until 2020"],
  ])("formats %s in English as %j", (text, expected) => {
    // Intl puts thin spaces around range dashes; compare with plain spaces.
    expect(formatStoryDate(parse(text), "en-US").replace(/\s/g, " ")).toBe(expected);
  });

  it.each([
    ["-0282", "bce", "283 BCE"],
    ["-0282", "bc", "283 BC"],
    ["0272", "bce", "272 CE"],
    ["0272", "bc", "272 AD"],
    ["2002-10-16", "bce", "October 16, 2002 CE"],
    ["1990/2000", "bce", "1990 – 2000 CE"],
  ])(
    "labels %s in the %s style, common-era years too when asked, as %j",
    (text, eraStyle, expected) => {
      const options = { eraStyle: eraStyle as "bce" | "bc", labelCommonEra: true };
      const formatted = formatStoryDate(parse(text), "en-US", "long", undefined, options);
      expect(formatted.replace(/\s/g, " ")).toBe(expected);
    },
  );

  it("labels no common-era year unless asked", () => {
    expect(formatStoryDate(parse("0272"), "en-US", "long", undefined, { eraStyle: "bc" })).toBe(
      "272",
    );
  });

  it("formats short month names for compact labels", () => {
    expect(formatStoryDate(parse("2024-10-27"), "en-US", "short")).toBe("Oct 27, 2024");
  });

  it.each([
    ["199X", "1990–1999"],
    ["2024-02", "Februar 2024"],
    ["2024-10-27", "27. Oktober 2024"],
    ["2021~", "~2021"],
    ["-0044", "45 v. Chr."],
    ["-02XX", "300–201 v. Chr."],
    ["-0044/0014", "45 v. Chr. – 14 n. Chr."],
  ])("formats %s in German as %j", (text, expected) => {
    expect(formatStoryDate(parse(text), "de-DE")).toBe(expected);
  });

  it("formats in Arabic with the language's own digits", () => {
    expect(formatStoryDate(parse("2024-02"), "ar-EG")).toBe("فبراير ٢٠٢٤");
  });
});

describe("htmlDatetime", () => {
  it.each([
    ["2024-10-27", "2024-10-27"],
    ["2024-02", "2024-02"],
    ["199X", "1990"],
    ["2022-02/2022-09", "2022-02"],
    ["-0044", undefined],
    ["-028X", undefined],
  ])("gives %s as %j", (text, expected) => {
    expect(htmlDatetime(parse(text))).toBe(expected);
  });
});
