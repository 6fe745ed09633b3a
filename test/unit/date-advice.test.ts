import { describe, expect, it } from "vitest";
import { dateAdvice } from "../../src/data/date-advice.js";
import { isStoryDate } from "../../src/data/edtf-date.js";

const RULE = "story-file years count 1 BCE as 0000, so N BCE is written -(N - 1).";

describe("dateAdvice", () => {
  it.each([
    ["240 BC", `Write "-0239" for 240 BCE: ${RULE}`],
    ["240 B.C.E.", `Write "-0239" for 240 BCE: ${RULE}`],
    ["about 240 BCE", `Write "-0239~" for about 240 BCE: ${RULE}`],
    ["c. 240 BC", `Write "-0239~" for about 240 BCE: ${RULE}`],
    ["272", 'Pad the year to four digits: "0272".'],
    ["-240", 'Pad the year to four digits: "-0240" (that is 241 BCE).'],
    ["AD 79", 'Write "0079" for 79 CE: years CE need no label.'],
    ["272 CE", 'Write "0272" for 272 CE: years CE need no label.'],
    ["16 October 2002", 'Write "2002-10-16": the year, then the month, then the day, in digits.'],
    ["October 16, 2002", 'Write "2002-10-16": the year, then the month, then the day, in digits.'],
    ["Oct. 2002", 'Write "2002-10": the year, then the month, in digits.'],
    ["2024-2", 'Write "2024-02": the year, then the month, in digits.'],
    ["2002-10-16T09:30Z", 'Write "2002-10-16": the year, then the month, then the day, in digits.'],
    ["the 1990s", 'Write "199X" for the 1990s.'],
  ])("proposes the exact date for %j", (text, advice) => {
    expect(dateAdvice(text)).toBe(advice);
    // What it proposes is a date the format reads.
    const proposed = /"([^"]+)"/.exec(advice)?.[1] ?? "";
    expect(isStoryDate(proposed)).toBe(true);
  });

  it.each(["soon", "2002-13-01", "13 Smarch 2002", "the early third century BCE"])(
    "proposes nothing for %j",
    (text) => {
      expect(dateAdvice(text)).toBeUndefined();
    },
  );
});
