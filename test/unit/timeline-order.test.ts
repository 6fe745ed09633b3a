import { describe, expect, it } from "vitest";
import type { Era, TimelineEvent } from "../../src/data/story-format.js";
import { eraSpans, orderEvents, tagCounts } from "../../src/data/timeline-order.js";

const event = (id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date,
  title: id,
  summary: id,
  citation: { quote: id },
  ...extra,
});

describe("orderEvents", () => {
  it("sorts by date across precisions, keeping the story's order for equal dates", () => {
    const placed = orderEvents([
      event("day", "2024-10-27"),
      event("decade", "199X"),
      event("same-a", "2022-02"),
      event("month", "2024-02"),
      event("same-b", "2022-02"),
      event("span", "2001/2017"),
      event("bce", "-0044"),
    ]);
    expect(placed.map((item) => item.event.id)).toEqual([
      "bce",
      "decade",
      "span",
      "same-a",
      "same-b",
      "month",
      "day",
    ]);
    expect(placed[1]?.date.start?.precision).toBe("decade");
  });
});

describe("eraSpans", () => {
  const eras: Era[] = [
    { id: "named", label: "Named", start: "1990", end: "1999" },
    { id: "dated", label: "By date", start: "2021", end: "2022" },
    { id: "empty", label: "No events", start: "1800", end: "1801" },
  ];
  it("spans an era's named events, or else the events dated within it, and drops empty eras", () => {
    const placed = orderEvents([
      event("a", "1995", { era: "named" }),
      event("b", "2010"),
      event("c", "2021-05"),
      event("d", "2022-12-31"),
      event("e", "2023-01"),
      event("f", "1998", { era: "named" }),
    ]);
    expect(eraSpans(eras, placed).map(({ era, from, to }) => [era.id, from, to])).toEqual([
      ["named", 0, 1],
      ["dated", 3, 4],
    ]);
  });
});

describe("tagCounts", () => {
  it("counts each tag once per event, in order of first appearance", () => {
    const placed = orderEvents([
      event("a", "2020", { tags: ["War", "Starlink", "War"] }),
      event("b", "2021", { tags: ["Starlink"] }),
      event("c", "2022"),
    ]);
    expect(tagCounts(placed)).toEqual([
      ["War", 1],
      ["Starlink", 2],
    ]);
  });
});
