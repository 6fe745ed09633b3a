import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { cleanUp, inside, mount, realisticStory } from "./fixtures.js";

afterEach(cleanUp);

function titlesShown(element: HTMLElement): string[] {
  return [...(element.shadowRoot?.querySelectorAll('[part="marker"] .title') ?? [])].map(
    (title) => title.textContent ?? "",
  );
}

describe("backstory-timeline: tag filters", () => {
  it("has an All chip and a toggle chip per tag with its count, shows the events with any pressed tag, and says how many", async () => {
    const element = await mount(realisticStory());
    const view = inside(element);
    const group = view.getByShadowRole("group", { name: "Show events tagged" });
    const buttons = [...group.querySelectorAll("button")];
    expect(buttons.map((button) => button.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      "All (4)",
      "Starlink (2)",
      "Pentagon (1)",
      "War (1)",
      "Campaign (1)",
    ]);
    const starlink = view.getByShadowRole("button", { name: "Starlink (2)", pressed: false });
    await userEvent.click(starlink);
    expect(starlink.getAttribute("aria-pressed")).toBe("true");
    expect(view.getByShadowRole("button", { name: "All (4)" }).getAttribute("aria-pressed")).toBe(
      "false",
    );
    const status = () => view.getByShadowRole("status").textContent?.trim();
    expect(status()).toBe("2 of 4 events shown.");
    expect(titlesShown(element)).toEqual([
      "Teledesic goes out of business",
      "Starlink reaches Ukraine",
    ]);
    const items = view
      .getAllByShadowRole("listitem")
      .filter((item) => item.hasAttribute("aria-setsize"));
    expect(items.map((item) => item.getAttribute("aria-setsize"))).toEqual(["2", "2"]);

    await userEvent.click(view.getByShadowRole("button", { name: "Pentagon (1)" }));
    expect(titlesShown(element)).toEqual([
      "Teledesic goes out of business",
      "A classified contract",
      "Starlink reaches Ukraine",
    ]);
    expect(status()).toBe("3 of 4 events shown.");
    // Several tags on: an event needs any one of them, and the group says so.
    expect(view.getByShadowRole("group", { name: "Show events tagged any of" })).toBe(group);
    // Eras keep their true place on the axis, whatever the filter.
    const eras = [...(element.shadowRoot?.querySelectorAll('[part="era"]') ?? [])];
    expect(eras.map((era) => era.textContent)).toEqual(["Early years", "The war years"]);

    await userEvent.click(view.getByShadowRole("button", { name: "All (4)" }));
    expect(titlesShown(element)).toHaveLength(4);
    expect(status()).toBe("4 of 4 events shown.");
    expect(starlink.getAttribute("aria-pressed")).toBe("false");
  });

  it("says so, on screen and in the live region, when the filter hides the selected event", async () => {
    const element = await mount(realisticStory(), { "selected-id": "rally" });
    const view = inside(element);
    await userEvent.click(view.getByShadowRole("button", { name: "Starlink (2)" }));
    const message = "The selected event is hidden by the tag filter.";
    expect(view.getByShadowRole("status").textContent?.trim()).toBe(
      `2 of 4 events shown. ${message}`,
    );
    const detail = () => element.shadowRoot?.querySelector('[part="detail"]')?.textContent ?? "";
    expect(detail()).toContain(message);
    // The selection is kept, and its panel still shows.
    expect(element.selectedId).toBe("rally");
    expect(view.getByShadowRole("heading", { level: 3 }).textContent).toBe(
      "Musk appears at a Trump rally",
    );
    expect(titlesShown(element)).not.toContain("Musk appears at a Trump rally");
    // Next goes to the first event the filter shows; the tab stop is on a shown event.
    const tabStops = [
      ...(element.shadowRoot?.querySelectorAll('[part="marker"][tabindex="0"]') ?? []),
    ];
    expect(tabStops).toHaveLength(1);
    await userEvent.click(view.getByShadowRole("button", { name: "Next event" }));
    expect(element.selectedId).toBe("teledesic");
    expect(detail()).not.toContain(message);
  });

  it("takes replacement strings for its interface", async () => {
    const element = document.createElement("backstory-timeline");
    element.strings = { previous: "Zurück", next: "Weiter", filters: "Themen" };
    element.story = realisticStory();
    document.body.append(element);
    const view = inside(element);
    expect(await view.findByShadowRole("button", { name: "Weiter" })).toBeTruthy();
    expect(view.getByShadowRole("button", { name: "Zurück" })).toBeTruthy();
    expect(view.getByShadowRole("group", { name: "Themen" })).toBeTruthy();
  });
});
