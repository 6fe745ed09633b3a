/**
 * The time axis as a reader sees it: where events sit, how spans, estimates, eras and breaks are
 * drawn, zoom and the overview strip, clusters, right-to-left and forced colours.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cdp, page, userEvent } from "vitest/browser";
import type { Story, TimelineEvent } from "../../../src/data/story-format.js";
import type { BackstoryTimeline } from "../../../src/elements/timeline/backstory-timeline.js";
import { cleanUp, focused, inside, makeStory, mount, renderedMarkers } from "./fixtures.js";

beforeEach(() => page.viewport(1280, 800));
afterEach(cleanUp);

const event = (id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  date,
  title: `Event ${id}`,
  summary: `What happened: ${id}.`,
  citation: { quote: `Quoted ${id}` },
  ...extra,
});

/** A century-old start, then 2001 to 2009 densely enough that only 1900-2001 is compressed. */
function axisStory(): Story {
  return {
    version: 1,
    id: "axis",
    article: { headline: "Axis", source: "Test fixture", language: "en" },
    timeline: {
      title: "A time axis",
      eras: [{ id: "noughties", label: "The noughties", start: "2001", end: "2009" }],
      events: [
        event("start", "1900"),
        event("a", "2001"),
        event("b", "2002"),
        event("c", "2004/2006"),
        event("d", "2007~"),
        event("e", "2009", { displayDate: "Later" }),
      ],
    },
  };
}

/** Where each event's mark starts on the page, by event id. */
function markLeft(element: BackstoryTimeline): Map<string, number> {
  const lefts = new Map<string, number>();
  for (const item of element.shadowRoot?.querySelectorAll<HTMLElement>("li[data-id]") ?? []) {
    const mark = item.querySelector(".mark");
    if (mark) lefts.set(item.dataset.id ?? "", mark.getBoundingClientRect().left);
  }
  return lefts;
}

describe("backstory-timeline: the time axis", () => {
  it("places events by date: monotonic in time, proportional within an uncompressed stretch", async () => {
    const element = await mount(axisStory());
    const left = markLeft(element);
    const x = (id: string) => left.get(id) as number;
    const ids = ["start", "a", "b", "c", "d", "e"];
    expect([...left.keys()]).toEqual(ids);
    for (const [index, id] of ids.slice(1).entries()) {
      expect(x(id)).toBeGreaterThan(x(ids[index] as string));
    }
    // 2001→2002 is one year, 2002→2004 two, 2001→2009 eight: distances in the same ratio.
    const year = x("b") - x("a");
    expect(year).toBeGreaterThan(20);
    expect(x("c") - x("b")).toBeCloseTo(2 * year, 0);
    expect(x("e") - x("a")).toBeCloseTo(8 * year, 0);
    // The century before 2001 is compressed into a break: far less than a hundred years' width.
    expect(x("a") - x("start")).toBeLessThan(10 * year);
    const breaks = element.shadowRoot?.querySelectorAll(".break") ?? [];
    expect(breaks).toHaveLength(1);
  });

  it("labels the axis with years, draws spans as bars and marks estimates", async () => {
    const element = await mount(axisStory());
    const ticks = [...(element.shadowRoot?.querySelectorAll(".tick") ?? [])].map(
      (tick) => tick.textContent,
    );
    expect(ticks).toContain("1900");
    expect(ticks).toContain("2002");
    expect(ticks.every((label) => /^\d{4}$/.test(label ?? ""))).toBe(true);
    const item = (id: string) =>
      element.shadowRoot?.querySelector<HTMLElement>(`li[data-id="${id}"]`) as HTMLElement;
    const width = (id: string) => item(id).querySelector(".mark")?.getBoundingClientRect().width;
    const left = markLeft(element);
    const year = (left.get("b") as number) - (left.get("a") as number);
    // 2004/2006 runs to the end of 2006: three years long.
    expect(item("c").classList.contains("bar")).toBe(true);
    expect(width("c")).toBeCloseTo(3 * year + 12, 0);
    expect(item("b").classList.contains("bar")).toBe(false);
    // "c. 2007" and "Later" are drawn as estimates, dashed, and say so in words.
    for (const id of ["d", "e"]) {
      expect(item(id).classList.contains("estimate")).toBe(true);
      expect(getComputedStyle(item(id).querySelector(".mark") as Element).borderStyle).toBe(
        "dashed",
      );
    }
    expect(item("d").textContent).toContain("c. 2007");
    element.select("e");
    await element.updateComplete;
    const detail = element.shadowRoot?.querySelector('[part="detail"] article:not(.off)');
    expect(detail?.textContent).toContain("Later (dated 2009 by the story)");
    // The era is a band of its true duration, and the detail names it.
    const era = element.shadowRoot?.querySelector('[part="era"]')?.getBoundingClientRect();
    expect(era?.width).toBeCloseTo(9 * year, 0);
    expect(detail?.textContent).toContain("The noughties");
  });

  it("zooms with its buttons and with + and -, and the overview shows the view and the selection", async () => {
    const element = await mount(axisStory());
    const view = inside(element);
    const track = element.shadowRoot?.querySelector('[part="track"]') as HTMLElement;
    const root = element.shadowRoot as ShadowRoot;
    const viewport = () => (root.querySelector(".viewport") as HTMLElement).getBoundingClientRect();
    const strip = () =>
      (root.querySelector('[part="overview"]') as HTMLElement).getBoundingClientRect();
    const whole = track.scrollWidth;
    expect(viewport().width).toBeGreaterThan(strip().width * 0.9);
    const zoomOut = view.getByShadowRole("button", { name: "Zoom out" });
    expect(zoomOut.getAttribute("aria-disabled")).toBe("true");
    await userEvent.click(view.getByShadowRole("button", { name: "Zoom in" }));
    await expect.poll(() => track.scrollWidth).toBeGreaterThan(whole * 1.8);
    await expect.poll(() => viewport().width).toBeLessThan(strip().width * 0.6);
    expect(zoomOut.getAttribute("aria-disabled")).toBe("false");
    // Keys zoom while focus is inside the timeline.
    renderedMarkers(element)[0]?.focus();
    await userEvent.keyboard("+");
    await expect.poll(() => track.scrollWidth).toBeGreaterThan(whole * 3.5);
    await userEvent.keyboard("-");
    await userEvent.keyboard("-");
    await expect.poll(() => track.scrollWidth).toBeLessThan(whole * 1.2);
    // The selected event is marked on the overview, where it sits on the whole story.
    element.select("e");
    await element.updateComplete;
    const chosen = element.shadowRoot?.querySelector(".chosen")?.getBoundingClientRect();
    expect((chosen?.left ?? 0) - strip().left).toBeGreaterThan(strip().width * 0.9);
  });

  it("gathers events too close to show apart into a cluster that opens when clicked", async () => {
    const element = await mount(makeStory(40));
    const cluster = renderedMarkers(element).find((marker) => marker.dataset.count);
    expect(cluster).toBeTruthy();
    const count = Number(cluster?.dataset.count);
    expect(cluster?.textContent).toContain(`${count} events`);
    const markers = renderedMarkers(element).length;
    await userEvent.click(cluster as HTMLElement);
    // Its first event is selected and focused, and the axis zooms in to part the events.
    await expect.poll(() => focused(element)?.getAttribute("aria-current")).toBe("true");
    await expect.poll(() => renderedMarkers(element).length).toBeGreaterThan(markers);
    // Markers never overlap: in each row, each box ends before the next begins. The selected
    // event, taken out of a cluster, is the one laid over others, and it is on top.
    const raised = renderedMarkers(element).filter((marker) => marker.closest(".raised"));
    for (const marker of raised) {
      const box = marker.getBoundingClientRect();
      const top = element.shadowRoot?.elementFromPoint(
        box.x + box.width / 2,
        box.y + box.height / 2,
      );
      expect(marker.contains(top as Node)).toBe(true);
    }
    const boxes = renderedMarkers(element)
      .filter((marker) => !raised.includes(marker))
      .map((marker) => marker.getBoundingClientRect());
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) {
        const apart =
          box.right <= other.left + 0.5 ||
          other.right <= box.left + 0.5 ||
          box.bottom <= other.top + 0.5 ||
          other.bottom <= box.top + 0.5;
        expect(apart).toBe(true);
      }
    }
  });

  it("mirrors the axis right to left", async () => {
    document.documentElement.dir = "rtl";
    try {
      const element = await mount(axisStory());
      const left = markLeft(element);
      expect(left.get("b") as number).toBeLessThan(left.get("a") as number);
      expect(left.get("e") as number).toBeLessThan(left.get("b") as number);
    } finally {
      document.documentElement.dir = "";
    }
  });

  it("keeps the selected event and pressed filters distinguishable in forced colours", async () => {
    await cdp().send("Emulation.setEmulatedMedia", {
      features: [{ name: "forced-colors", value: "active" }],
    });
    try {
      const story = axisStory();
      for (const item of story.timeline.events) item.tags = ["One", "Two"];
      const element = await mount(story);
      await userEvent.click(inside(element).getByShadowRole("button", { name: "One (6)" }));
      const border = (node: Element | undefined | null) =>
        node ? getComputedStyle(node).borderTopWidth : "";
      const [selected, other] = renderedMarkers(element);
      expect(border(selected)).not.toBe(border(other));
      const chips = [...(element.shadowRoot?.querySelectorAll('[part="filter"]') ?? [])];
      const pressed = chips.find((chip) => chip.getAttribute("aria-pressed") === "true");
      const unpressed = chips.find((chip) => chip.getAttribute("aria-pressed") === "false");
      expect(border(pressed)).not.toBe(border(unpressed));
    } finally {
      await cdp().send("Emulation.setEmulatedMedia", { features: [] });
    }
  });
});
