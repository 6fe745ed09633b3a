/**
 * What a reader sees once an answer is checked: the right choices and a wrong pick marked in the
 * list itself (in words, an icon and a border, and in each choice's description for screen
 * readers), several right answers as a list, and the verdict as a headline.
 */
import { screen, within } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { focused, mountQuiz, spokenText } from "./helpers.js";

afterEach(() => {
  for (const element of document.querySelectorAll("backstory-quiz")) element.remove();
  localStorage.clear();
});

const radio = (name: string) => screen.getByShadowRole("radio", { name });
const checkbox = (name: string) => screen.getByShadowRole("checkbox", { name });

async function check() {
  await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
  await expect.poll(() => focused()?.getAttribute("part")).toBe("feedback");
}

describe("<backstory-quiz> a checked question", () => {
  it("marks the right choice and the reader's wrong pick in the list, in words and in each description", async () => {
    await mountQuiz();
    await userEvent.click(radio("The wrong one"));
    // Before Check, nothing gives the answer away.
    await expect.element(radio("The right one")).toHaveAccessibleDescription("");
    expect(screen.queryByShadowText("Right answer")).toBeNull();
    await check();

    await expect.element(radio("The right one")).toHaveAccessibleDescription("Right answer");
    await expect.element(radio("The wrong one")).toHaveAccessibleDescription("Your answer");
    await expect.element(radio("<img src=x onerror=alert(1)>")).toHaveAccessibleDescription("");
    const label = (name: string) => radio(name).closest("label") as HTMLElement;
    expect(label("The right one").textContent).toContain("✓ Right answer");
    expect(label("The wrong one").textContent).toContain("✗ Your answer");
    // The marks are a border as well as words: the two marked choices differ from the others.
    const border = (name: string) => getComputedStyle(label(name)).borderInlineStartColor;
    expect(border("The right one")).not.toBe(border("<img src=x onerror=alert(1)>"));
    expect(border("The wrong one")).not.toBe(border("The right one"));
  });

  it("marks a right pick as right, and every right choice the reader missed", async () => {
    await mountQuiz();
    await userEvent.click(radio("The right one"));
    await check();
    await userEvent.click(screen.getByShadowRole("button", { name: "Next question" }));
    await userEvent.click(checkbox("Choice A"));
    await userEvent.click(checkbox("Choice B"));
    await check();
    await expect.element(checkbox("Choice A")).toHaveAccessibleDescription("Right answer");
    await expect.element(checkbox("Choice B")).toHaveAccessibleDescription("Your answer");
    await expect.element(checkbox("Choice C")).toHaveAccessibleDescription("Right answer");
  });

  it("gives several right answers as a list, not as text glued together", async () => {
    await mountQuiz();
    await userEvent.click(radio("The right one"));
    await check();
    await userEvent.click(screen.getByShadowRole("button", { name: "Next question" }));
    await userEvent.click(checkbox("Choice B"));
    await check();
    const feedback = focused() as HTMLElement;
    expect(spokenText(feedback)).toContain("The answer:");
    const items = within(feedback).getAllByShadowRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(["Choice A", "Choice C"]);
    expect(feedback.textContent).not.toContain(";");
  });

  it("heads the feedback with the verdict in words and an icon, a level below the quiz", async () => {
    await mountQuiz(undefined, { "heading-level": "3" });
    await userEvent.click(radio("The wrong one"));
    await check();
    const feedback = focused() as HTMLElement;
    const verdict = within(feedback).getByShadowRole("heading", { name: "Not quite" });
    expect(verdict.getAttribute("aria-level")).toBe("4");
    expect(verdict.textContent).toContain("✗");
    const size = (element: Element) => Number.parseFloat(getComputedStyle(element).fontSize);
    expect(size(verdict)).toBeGreaterThan(1.3 * size(feedback));
  });

  it("frames the focused feedback in the focus colour, not in the colour of a wrong answer", async () => {
    await mountQuiz();
    await userEvent.click(radio("The wrong one"));
    // By keyboard, so that the focus ring shows.
    await userEvent.tab();
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => focused()?.getAttribute("part")).toBe("feedback");
    const feedback = focused() as HTMLElement;
    const style = getComputedStyle(feedback);
    expect(style.outlineStyle).toBe("solid");
    expect(style.outlineColor).not.toBe(style.borderInlineStartColor);
    const wrongMark = within(feedback.parentElement as HTMLElement).getByShadowText("Your answer");
    expect(style.outlineColor).not.toBe(getComputedStyle(wrongMark).color);
  });
});
