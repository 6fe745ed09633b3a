import { describe, expect, it } from "vitest";
import {
  type DatePhraseOptions,
  findDates,
  readArticleDate,
  readDatePhrase,
} from "../../src/authoring/date-phrase.js";
import { isStoryDate } from "../../src/data/edtf-date.js";

const dateline = "2024-11-05";

const read = (text: string, options: DatePhraseOptions = { dateline }) => {
  const result = readDatePhrase(text, options);
  if (!result.ok) throw new Error(`${text}: ${result.message}`);
  return result;
};

describe("readDatePhrase", () => {
  it.each([
    ["Oct. 27, 2024", "2024-10-27", "October 27, 2024"],
    ["Sunday, Oct. 27, 2024", "2024-10-27", "October 27, 2024"],
    ["10/27/2024", "2024-10-27", "October 27, 2024"],
    ["February 2024", "2024-02", "February 2024"],
    ["2021", "2021", "2021"],
    ["in 2021", "2021", "2021"],
    ["the 1990s", "199X", "1990s"],
    ["the '90s", "199X", "1990s"],
    ["the 1800s", "18XX", "1800s"],
    ["about 240 BC", "-0239~", "c. 240 BCE"],
    ["283 BCE", "-0282", "283 BCE"],
    ["1 BC", "0000", "1 BCE"],
    ["c. 1500", "1500~", "c. 1500"],
    ["2001-2017", "2001/2017", "2001 – 2017"],
    ["2001–17", "2001/2017", "2001 – 2017"],
    ["from 2001 to 2017", "2001/2017", "2001 – 2017"],
    ["between 2001 and 2017", "2001/2017", "2001 – 2017"],
    ["300-200 BC", "-0299/-0199", "300 – 200 BCE"],
    ["between March and May 2020", "2020-03/2020-05", "March – May 2020"],
    ["since 2002", "2002/..", "2002 onward"],
    ["until 2020", "../2020", "until 2020"],
    ["2015–present", "2015/..", "2015 onward"],
    ["from 1999 to the present", "1999/..", "1999 onward"],
    ["'90s", "199X", "1990s"],
    ["summer of 2019", "2019", "Summer of 2019"],
  ])("reads %s as %s (%s)", (text, date, reads) => {
    const result = read(text);
    expect(result.date).toBe(date);
    // Intl puts thin spaces around the dash of a range.
    expect(result.reads.replace(/\s/g, " ")).toBe(reads);
    expect(isStoryDate(result.date)).toBe(true);
  });

  it("keeps a story-file date as it is", () => {
    expect(read("2024-02~")).toMatchObject({ date: "2024-02~", reads: "c. February 2024" });
    expect(read("199X")).toMatchObject({ date: "199X", reads: "1990s" });
  });

  it("reads decades and centuries no more precisely than their words, keeping the words", () => {
    expect(read("the nineties")).toMatchObject({ date: "199X", displayDate: "The nineties" });
    expect(read("the twenties")).toMatchObject({ date: "202X" });
    expect(read("the twenties", { dateline: "1950-01-01" })).toMatchObject({ date: "192X" });
    expect(read("the 20th century")).toMatchObject({
      date: "19XX",
      displayDate: "The 20th century",
    });
    expect(read("the third century BCE").date).toBe("-0299/-0200");
    expect(read("the early third century BCE")).toMatchObject({
      date: "-0299~/-0266~",
      reads: "The early third century BCE",
    });
    expect(read("the late third century BC").date).toBe("-0233~/-0200~");
    expect(read("the late 1990s").date).toBe("1996~/1999~");
    expect(read("the 280s BC").date).toBe("-0288/-0279");
    expect(read("early 2022")).toMatchObject({ date: "2022", displayDate: "Early 2022" });
    expect(read("AD 79")).toMatchObject({ date: "0079", reads: "AD 79" });
  });

  it("takes a missing year from the article's date, marked approximate, and says so", () => {
    expect(read("in February")).toMatchObject({
      date: "2024-02~",
      reads: "c. February 2024",
      dateNote:
        "The article says “February”; the date is counted from the article’s date (2024-11-05).",
    });
    // A month after the article's date is last year's.
    expect(read("December").date).toBe("2023-12~");
    expect(read("Jan. 6").date).toBe("2024-01-06~");
    expect(read("last year").date).toBe("2023");
    expect(read("yesterday").date).toBe("2024-11-04");
    expect(read("two weeks ago").date).toBe("2024-10-22~");
    // 2024-11-05 is a Tuesday.
    expect(read("on Monday").date).toBe("2024-11-04~");
    expect(read("last Tuesday").date).toBe("2024-10-29~");
    expect(read("last Friday").date).toBe("2024-11-01~");
    // Typed in a date field, a name in lower case is meant as one.
    expect(read("in february").date).toBe("2024-02~");
    expect(read("last tuesday").date).toBe("2024-10-29~");
    expect(findDates("They march on.", { dateline })).toEqual([]);
  });

  it("reads a month in a sentence about the future as the next one", () => {
    const [june] = findDates("Work will start in June.", { dateline });
    expect(june?.date).toBe("2025-06~");
    const [february] = findDates("In February the council set aside money for a plan.", {
      dateline,
    });
    expect(february?.date).toBe("2024-02~");
  });

  it("dates the time of writing from the article's date", () => {
    expect(read("for now")).toMatchObject({ date: "2024-11~" });
    expect(findDates("In its most recent story, the Journal said so.", { dateline })).toMatchObject(
      [{ text: "its most recent", date: "2024-11~" }],
    );
  });

  it("dates named presidencies, saying which president a shared surname was taken to be", () => {
    expect(read("the Obama presidency")).toMatchObject({
      date: "2009/2017",
      displayDate: "The Obama presidency",
    });
    expect(read("the Obama and Bush presidencies")).toMatchObject({
      date: "2001?/2017?",
      dateNote:
        "Backstory takes “Bush” to mean George W. Bush (2001–2009); if it means George H. W. Bush (1989–1993), change the date.",
    });
    expect(read("under Reagan").date).toBe("1981/1989");
    expect(read("the Trump administration").date).toBe("2017/2021");
    expect(read("Obama's presidency").date).toBe("2009/2017");
  });

  it("dates “when Biden is president” by the term in office at the article's date", () => {
    const sentence =
      "It's one thing to have a private foreign policy when Biden is president, but quite another when Trump is president.";
    // Written before an election: the second is a hypothesis, and dates nothing.
    expect(findDates(sentence, { dateline: "2024-10-30" })).toMatchObject([
      { text: "when Biden is president", date: "2021/2025" },
    ]);
    expect(findDates(sentence, { dateline: "2025-03-01" })).toMatchObject([
      { text: "when Trump is president", date: "2025/2029" },
    ]);
    // Without the article's date, which president is in office is not known.
    expect(findDates(sentence)).toEqual([]);
    expect(readDatePhrase("when Biden is president").ok).toBe(false);
  });

  it("dates “while Obama was president” by a term already over", () => {
    expect(read("while Reagan was president").date).toBe("1981/1989");
    expect(read("when Trump was president", { dateline: "2026-01-10" }).date).toBe("2017/2021");
  });

  it("counts spans from the article's date", () => {
    expect(read("the next twelve months")).toMatchObject({
      date: "2024-11~/2025-11~",
      displayDate: "The next twelve months",
    });
    expect(read("the past two years").date).toBe("2022~/2024~");
    expect(read("the next 10 days").date).toBe("2024-11-05~/2024-11-15~");
  });

  it("says what to do when a phrase needs the article's date and none is given", () => {
    const result = readDatePhrase("in February");
    expect(result).toEqual({
      ok: false,
      message:
        "“in February” needs a year. Add one, e.g. “in February 2024”, or give the article’s date so Backstory can count from it.",
      needsDateline: true,
    });
  });

  it.each(["banana", "$1.8 billion", "120 scrolls", "379480", "", "2021 and a banana"])(
    "refuses %j with an example of what it can read",
    (text) => {
      const result = readDatePhrase(text, { dateline });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/e\.g\.|like “Oct\. 27, 2024”/);
    },
  );

  it("formats the reading in the story's language", () => {
    expect(read("Oct. 27, 2024", { dateline, locale: "de" }).reads).toBe("27. Oktober 2024");
  });
});

describe("readArticleDate", () => {
  it("reads the day an article was published, as its dateline gives it or as stored", () => {
    expect(readArticleDate("Oct. 30, 2024")).toMatchObject({ ok: true, date: "2024-10-30" });
    expect(readArticleDate("Wednesday, October 30, 2024")).toMatchObject({ date: "2024-10-30" });
    expect(readArticleDate("2024-10-30")).toMatchObject({ ok: true, date: "2024-10-30" });
  });

  it("asks for one day, with an example, for anything else", () => {
    expect(readArticleDate("October 2024")).toEqual({
      ok: false,
      message:
        "“October 2024” is October 2024, not one day. Give the day the article was published, e.g. “Oct. 30, 2024”.",
    });
    expect(readArticleDate("last Tuesday")).toMatchObject({ ok: false });
    expect(readArticleDate("banana")).toEqual({
      ok: false,
      message:
        "“banana” is not a day Backstory can read. Write the day the article was published like “Oct. 30, 2024” or “2024-10-30”.",
    });
  });
});

describe("findDates", () => {
  const text =
    "SpaceX won a $1.8 billion contract in 2021. The library held 120 scrolls and 379480 words. " +
    "In 2000 troops marched. It was founded in 283 BCE; about 240 BC it burned. They march on. " +
    "A similar network was attempted in the nineties. It is expected to launch in the next twelve months.";

  it("finds each date with its exact words and place, and nothing else", () => {
    const found = findDates(text, { dateline });
    expect(found.map((date) => [date.text, date.date])).toEqual([
      ["2021", "2021"],
      ["283 BCE", "-0282"],
      ["about 240 BC", "-0239~"],
      ["the nineties", "199X"],
      ["in the next twelve months", "2024-11~/2025-11~"],
    ]);
    for (const date of found)
      expect(text.slice(date.index, date.index + date.text.length)).toBe(date.text);
  });

  it("reads years without an era only in a text that writes years by era", () => {
    const text = "Scholars still met there in 391. It held 120 scrolls in 300 rooms.";
    expect(findDates(text, { eraYears: true }).map((date) => [date.text, date.date])).toEqual([
      ["391", "0391"],
    ]);
    expect(findDates(text)).toEqual([]);
  });

  it("leaves out phrases that need the article's date when it is not given", () => {
    expect(findDates("It happened in February and in 2021.").map((date) => date.date)).toEqual([
      "2021",
    ]);
  });
});
