import { within } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { cdp, userEvent } from "vitest/browser";
import {
  cleanUp,
  focused,
  inside,
  makeStory,
  mount,
  realisticStory,
  renderedMarkers,
} from "./fixtures.js";

afterEach(cleanUp);

function selectLog(element: HTMLElement) {
  const log: { id: string; cause: string }[] = [];
  element.addEventListener("backstory-select", (event) => log.push(event.detail));
  return log;
}

describe("backstory-timeline: reading and selecting", () => {
  it("lists the events in date order with precise dates, and selects the first", async () => {
    const element = await mount(realisticStory());
    const view = inside(element);
    const list = await view.findByShadowRole("list", { name: "Events" });
    const items = within(list).getAllByShadowRole("listitem");
    expect(items.map((item) => item.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      "The nineties Teledesic goes out of business",
      "c. 2021 A classified contract",
      "Feb 2022 Starlink reaches Ukraine",
      "Oct 27, 2024 Musk appears at a Trump rally",
    ]);
    expect(items.map((item) => item.getAttribute("aria-posinset"))).toEqual(["1", "2", "3", "4"]);
    expect(items.every((item) => item.getAttribute("aria-setsize") === "4")).toBe(true);
    expect(list.querySelector("time")?.getAttribute("datetime")).toBe("1990");
    expect(items[3]?.querySelector("time")?.getAttribute("datetime")).toBe("2024-10-27");
    expect(element.selectedId).toBe("teledesic");
    expect(element.getAttribute("selected-id")).toBe("teledesic");
    expect(element.storyId).toBe("realistic");
    const heading = view.getByShadowRole("heading", { level: 2 });
    expect(heading.textContent?.trim()).toBe("How the U.S. came to depend on SpaceX");
  });

  it("shows the selected event with its citation, note, tags, image and link", async () => {
    const element = await mount(realisticStory());
    const view = inside(element);
    await userEvent.click(view.getByShadowRole("button", { name: /Starlink reaches Ukraine/ }));
    const title = await view.findByShadowRole("heading", {
      level: 3,
      name: "Starlink reaches Ukraine",
    });
    const panel = title.closest("article") as HTMLElement;
    expect(panel.querySelector("time")?.textContent).toBe("February 2022");
    expect(panel.querySelector("time")?.getAttribute("datetime")).toBe("2022-02");
    expect(panel.textContent).toContain("The article gives the month only.");
    expect(panel.querySelector("blockquote")?.textContent).toBe(
      "Starlink terminals arrived in Ukraine",
    );
    expect(panel.textContent).toContain("Paragraph 14 of the article");
    const read = within(panel).getByShadowRole("link", { name: "Read it in the article" });
    expect(read.getAttribute("href")).toBe(
      `${location.href.split("#")[0]}#:~:text=Starlink%20terminals%20arrived%20in%20Ukraine`,
    );
    const tags = within(panel).getByShadowRole("list", { name: "Tags" });
    expect(
      within(tags)
        .getAllByShadowRole("listitem")
        .map((tag) => tag.textContent),
    ).toEqual(["Starlink", "War"]);

    await userEvent.click(view.getByShadowRole("button", { name: /Musk appears/ }));
    const rally = (
      await view.findByShadowRole("heading", { level: 3, name: /Musk appears/ })
    ).closest("article") as HTMLElement;
    expect(within(rally).getByShadowRole("img", { name: "A stage" })).toBeTruthy();
    expect(rally.textContent).toContain("Photo: Someone");
    expect(
      within(rally).getByShadowRole("link", { name: "Rally coverage" }).getAttribute("href"),
    ).toBe("https://example.com/rally");
  });

  it("uses the story's article address for the citation link when it has one", async () => {
    const story = realisticStory();
    story.article.url = "https://news.example/article";
    const element = await mount(story);
    const link = inside(element).getByShadowRole("link", { name: "Read it in the article" });
    expect(link.getAttribute("href")).toBe(
      "https://news.example/article#:~:text=A%20similar%20network%20called%20Teledesic",
    );
  });

  it("fires a cancelable backstory-select on click, and announces the date and title", async () => {
    const element = await mount(realisticStory());
    const log = selectLog(element);
    const view = inside(element);
    const status = view.getByShadowRole("status");
    expect(status.textContent?.trim()).toBe("");
    await userEvent.click(view.getByShadowRole("button", { name: /classified contract/ }));
    expect(log).toEqual([{ id: "contract", cause: "click" }]);
    expect(element.selectedId).toBe("contract");
    await expect.poll(() => status.textContent?.trim()).toBe("c. 2021: A classified contract");

    element.addEventListener("backstory-select", (event) => event.preventDefault(), { once: true });
    await userEvent.click(view.getByShadowRole("button", { name: /Starlink reaches/ }));
    expect(element.selectedId).toBe("contract");
    expect(log.at(-1)).toEqual({ id: "starlink-ukraine", cause: "click" });
  });

  it("moves with the arrow keys, Home and End, and selects with Enter and Space", async () => {
    const element = await mount(realisticStory());
    const log = selectLog(element);
    const view = inside(element);
    const first = view.getByShadowRole("button", { name: /Teledesic/ });
    expect(first.tabIndex).toBe(0);
    expect(renderedMarkers(element).filter((marker) => marker.tabIndex === 0)).toHaveLength(1);
    first.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(focused(element)?.textContent).toContain("A classified contract");
    expect(element.selectedId).toBe("teledesic");
    await userEvent.keyboard("{ArrowDown}");
    expect(focused(element)?.textContent).toContain("Starlink reaches Ukraine");
    await userEvent.keyboard("{ArrowUp}{ArrowLeft}");
    expect(focused(element)?.textContent).toContain("Teledesic");
    await userEvent.keyboard("{ArrowLeft}");
    expect(focused(element)?.textContent).toContain("Teledesic");
    await userEvent.keyboard("{End}");
    expect(focused(element)?.textContent).toContain("Musk appears");
    await userEvent.keyboard("{ArrowRight}");
    expect(focused(element)?.textContent).toContain("Musk appears");
    await userEvent.keyboard("{Enter}");
    expect(element.selectedId).toBe("rally");
    await userEvent.keyboard("{Home}");
    expect(focused(element)?.textContent).toContain("Teledesic");
    await userEvent.keyboard(" ");
    expect(element.selectedId).toBe("teledesic");
    expect(log).toEqual([
      { id: "rally", cause: "keyboard" },
      { id: "teledesic", cause: "keyboard" },
    ]);
    // The list is one tab stop: Tab leaves it for the Previous button.
    await userEvent.keyboard("{Tab}");
    expect(focused(element)?.textContent?.trim()).toBe("Previous event");
    await userEvent.keyboard("{Shift>}{Tab}{/Shift}");
    expect(focused(element)?.textContent).toContain("Teledesic");
  });

  it("mirrors Left and Right in right-to-left pages", async () => {
    const wrapper = document.createElement("div");
    wrapper.dir = "rtl";
    document.body.append(wrapper);
    const element = await mount(realisticStory(), {}, wrapper);
    const view = inside(element);
    view.getByShadowRole("button", { name: /Teledesic/ }).focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(focused(element)?.textContent).toContain("A classified contract");
    await userEvent.keyboard("{ArrowRight}");
    expect(focused(element)?.textContent).toContain("Teledesic");
  });

  it("has Previous and Next buttons that fire backstory-select with cause button", async () => {
    const element = await mount(realisticStory());
    const log = selectLog(element);
    const view = inside(element);
    const previous = view.getByShadowRole("button", { name: "Previous event" });
    const next = view.getByShadowRole("button", { name: "Next event" });
    expect(previous.getAttribute("aria-disabled")).toBe("true");
    // Disabled with aria-disabled, so that focus stays on it; Playwright needs force to click it.
    await userEvent.click(previous, { force: true });
    expect(element.selectedId).toBe("teledesic");
    await userEvent.click(next);
    await userEvent.click(next);
    await userEvent.click(next);
    expect(element.selectedId).toBe("rally");
    expect(next.getAttribute("aria-disabled")).toBe("true");
    await userEvent.click(next, { force: true });
    expect(element.selectedId).toBe("rally");
    await userEvent.click(previous);
    expect(element.selectedId).toBe("starlink-ukraine");
    expect(log.map((entry) => entry.cause)).toEqual(["button", "button", "button", "button"]);
  });

  it("changes selection from code without firing backstory-select", async () => {
    const element = await mount(realisticStory());
    const log = selectLog(element);
    expect(element.select("rally")).toBe(true);
    expect(element.select("no-such-event")).toBe(false);
    element.previous();
    await element.updateComplete;
    expect(element.selectedId).toBe("starlink-ukraine");
    element.next();
    expect(element.selectedId).toBe("rally");
    element.selectedId = "contract";
    await element.updateComplete;
    const current = inside(element).getByShadowRole("button", { current: true });
    expect(current.textContent).toContain("A classified contract");
    expect(inside(element).getByShadowRole("heading", { level: 3 }).textContent).toBe(
      "A classified contract",
    );
    expect(log).toEqual([]);
  });

  it("starts on the event the page names in selected-id", async () => {
    const element = await mount(realisticStory(), { "selected-id": "starlink-ukraine" });
    expect(inside(element).getByShadowRole("heading", { level: 3 }).textContent).toBe(
      "Starlink reaches Ukraine",
    );
  });

  it("reveal() clears a hiding filter, selects, scrolls and focuses, without backstory-select", async () => {
    const element = await mount(makeStory(500));
    const log = selectLog(element);
    const view = inside(element);
    await userEvent.click(view.getByShadowRole("button", { name: /^NASA/ }));
    expect(element.reveal("missing")).toBe(false);
    expect(element.reveal("event-401")).toBe(true);
    await expect.poll(() => focused(element)?.textContent).toContain("Event number 401");
    expect(view.getByShadowRole("button", { name: /^NASA/, pressed: false })).toBeTruthy();
    expect(element.selectedId).toBe("event-401");
    const marker = focused(element) as HTMLElement;
    const track = marker.closest('[part="track"]') as HTMLElement;
    const inView = track.getBoundingClientRect();
    const box = marker.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(inView.left);
    expect(box.right).toBeLessThanOrEqual(inView.right);
    expect(log).toEqual([]);
  });

  it("honours heading-level and lang", async () => {
    const element = await mount(realisticStory(), { "heading-level": "4", lang: "de" });
    const view = inside(element);
    expect(view.getByShadowRole("heading", { level: 4 }).textContent?.trim()).toContain("SpaceX");
    expect(view.getByShadowRole("heading", { level: 5 }).textContent).toBe(
      "Teledesic goes out of business",
    );
    const items = view.getAllByShadowRole("listitem");
    expect(items[2]?.textContent).toContain("Feb. 2022");
  });

  it("shows HTML-looking story text as text and runs nothing", async () => {
    const story = realisticStory();
    const title = "<img src=x onerror=alert(1)>";
    const first = story.timeline.events[1];
    if (first) first.title = title;
    story.timeline.title = title;
    let ran = false;
    const original = window.alert;
    window.alert = () => {
      ran = true;
    };
    try {
      const element = await mount(story);
      const view = inside(element);
      expect(view.getByShadowRole("heading", { level: 2 }).textContent?.trim()).toBe(title);
      expect(view.getByShadowRole("heading", { level: 3 }).textContent).toBe(title);
      expect(element.shadowRoot?.querySelector("img[src=x]")).toBeNull();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(ran).toBe(false);
    } finally {
      window.alert = original;
    }
  });

  it("renders every event expanded, in date order, for print", async () => {
    // The print dialog fires beforeprint. Short stories keep the list all the time; long ones
    // build it then.
    const story = makeStory(60);
    story.timeline.events.reverse();
    const element = await mount(story);
    const printed = element.shadowRoot?.querySelector('[part="detail"]');
    expect(printed?.querySelectorAll("article")).toHaveLength(1);
    window.dispatchEvent(new Event("beforeprint"));
    await element.updateComplete;
    const titles = [...(printed?.querySelectorAll('[role="heading"]') ?? [])].map(
      (node) => node.textContent,
    );
    expect(titles).toEqual(Array.from({ length: 60 }, (_, index) => `Event number ${index + 1}`));
    expect(printed?.querySelectorAll("blockquote")).toHaveLength(60);
    expect(printed?.querySelector("button")).toBeNull();
    window.dispatchEvent(new Event("afterprint"));
    await element.updateComplete;
    expect(printed?.querySelectorAll("article")).toHaveLength(1);
  });

  it("shows every event and no button under print media, and the print list only then", async () => {
    const element = await mount(realisticStory());
    // Every event's panel is in the detail, stacked so that it keeps one height; only the
    // selected one is visible on screen.
    const visible = (node: Element) => node.checkVisibility({ visibilityProperty: true });
    const visibleHeadings = () =>
      [...(element.shadowRoot?.querySelectorAll('[role="heading"]') ?? [])].filter(visible).length;
    expect(visibleHeadings()).toBe(2);
    await cdp().send("Emulation.setEmulatedMedia", { media: "print" });
    try {
      await expect.poll(visibleHeadings).toBe(5);
      const headings = [...(element.shadowRoot?.querySelectorAll('[role="heading"]') ?? [])];
      expect(headings.filter(visible).map((heading) => heading.textContent?.trim())).toEqual([
        "How the U.S. came to depend on SpaceX",
        "Teledesic goes out of business",
        "A classified contract",
        "Starlink reaches Ukraine",
        "Musk appears at a Trump rally",
      ]);
      const buttons = [...(element.shadowRoot?.querySelectorAll("button") ?? [])];
      expect(buttons.filter(visible)).toEqual([]);
    } finally {
      await cdp().send("Emulation.setEmulatedMedia", { media: "" });
    }
    await expect.poll(visibleHeadings).toBe(2);
  });
});
