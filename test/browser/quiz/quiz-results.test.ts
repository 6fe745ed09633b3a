/**
 * The result as a reader sees it: a large score, one dot per question that leads to its review,
 * the band's title, and the review collapsed until asked for.
 */
import { screen, within } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { expectNoAxeViolations, focused, mountQuiz, spokenText } from "./helpers.js";

afterEach(async () => {
  for (const element of document.querySelectorAll("backstory-quiz")) element.remove();
  localStorage.clear();
  await page.viewport(1280, 800);
});

const button = (name: string) => screen.getByShadowRole("button", { name });

/** Answers the fixture quiz: right, wrong, right, wrong (the starting order is never right). */
async function finish() {
  const check = async (next: string) => {
    await userEvent.click(button("Check answer"));
    await expect.poll(() => focused()?.getAttribute("part")).toBe("feedback");
    await userEvent.click(button(next));
  };
  await userEvent.click(screen.getByShadowRole("radio", { name: "The right one" }));
  await check("Next question");
  await userEvent.click(screen.getByShadowRole("checkbox", { name: "Choice B" }));
  await check("Next question");
  await userEvent.click(screen.getByShadowRole("radio", { name: "True" }));
  await check("Next question");
  await check("See your result");
  await expect.poll(() => focused()?.getAttribute("part")).toBe("score");
}

describe("<backstory-quiz> results", () => {
  it("shows the score large, then the band's title, with the review collapsed", async () => {
    const quiz = await mountQuiz();
    await finish();
    const score = screen.getByShadowRole("heading", { name: "You got 2 of 4 right" });
    const size = (element: Element) => Number.parseFloat(getComputedStyle(element).fontSize);
    expect(size(score)).toBeGreaterThanOrEqual(1.75 * size(quiz));
    const band = screen.getByShadowText("Nearly");
    expect(size(band)).toBeGreaterThan(size(quiz));
    expect(getComputedStyle(band).fontWeight).toBe("700");

    const toggle = button("Your answers");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    const review = () =>
      within(
        screen.getByShadowRole("heading", { name: "Your answers" }).parentElement as HTMLElement,
      )
        .queryAllByShadowText("Which one is right?")
        .filter((element) => element.checkVisibility());
    expect(review()).toEqual([]);
    await userEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(review()).toHaveLength(1);
    await userEvent.click(toggle);
    expect(review()).toEqual([]);
  });

  it("keeps the result short: the review adds its height only once opened", async () => {
    const quiz = await mountQuiz();
    await finish();
    const collapsed = quiz.getBoundingClientRect().height;
    await userEvent.click(button("Your answers"));
    const open = quiz.getBoundingClientRect().height;
    expect(open).toBeGreaterThan(collapsed + 200);
  });

  it("has one dot per question, right or wrong in words, each a link to its review", async () => {
    await mountQuiz();
    await finish();
    const names = ["Correct", "Not quite", "Correct", "Not quite"].map(
      (verdict, index) => `Question ${index + 1} of 4: ${verdict}`,
    );
    const dots = names.map((name) => screen.getByShadowRole("link", { name }));
    expect(dots.map((dot) => dot.textContent)).toEqual([
      "✓Question 1 of 4: Correct",
      "✗Question 2 of 4: Not quite",
      "✓Question 3 of 4: Correct",
      "✗Question 4 of 4: Not quite",
    ]);
    // By keyboard: Tab to the second dot, Enter opens the review there.
    (dots[0] as HTMLElement).focus();
    await userEvent.tab();
    expect(focused()).toBe(dots[1]);
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => focused()?.localName).toBe("li");
    expect(spokenText(focused() as Element)).toMatch(/^Which two are right\? .*Not quite\./);
    expect(button("Your answers").getAttribute("aria-expanded")).toBe("true");
    // The page's address is left alone.
    expect(location.hash).toBe("");
  });

  it("reviews several answers as lists: choices as bullets, an order numbered", async () => {
    await mountQuiz();
    await finish();
    await userEvent.click(button("Your answers"));
    const [, multiple, , order] = screen
      .getAllByShadowRole("listitem")
      .filter((item) => item.id.startsWith("review-"));
    const lists = (item: HTMLElement | undefined) =>
      within(item as HTMLElement)
        .getAllByShadowRole("list")
        .map((list) => `${list.localName}: ${spokenText(list)}`);
    expect(lists(multiple)).toEqual(["ul: Choice A Choice C"]);
    expect(lists(order)).toEqual([
      expect.stringMatching(/^ol: (\w+ event ?){4}$/),
      "ol: First event Second event Third event Fourth event",
    ]);
  });

  it("is axe-clean at 1280 and 320 px, collapsed and open", async () => {
    for (const width of [1280, 320]) {
      await page.viewport(width, 800);
      const quiz = await mountQuiz();
      await finish();
      await expectNoAxeViolations(quiz);
      await userEvent.click(button("Your answers"));
      await expectNoAxeViolations(quiz);
      quiz.remove();
      localStorage.clear();
    }
  });
});
