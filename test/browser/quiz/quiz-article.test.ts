import { screen } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import articleStory from "../../../data/musk-spacex/story.json" with { type: "json" };
import type { Question, Story } from "../../../src/data/story-format.js";
import type { BackstoryQuiz } from "../../../src/elements/quiz/backstory-quiz.js";
import {
  expectNoAxeViolations,
  fixtureStory,
  focused,
  isButton,
  liveText,
  mountQuiz,
  spokenText,
  tabUntil,
} from "./helpers.js";

const story = articleStory as unknown as Story;
const quiz = story.quiz as NonNullable<Story["quiz"]>;
const titleOf = (id: string) => story.timeline.events.find((event) => event.id === id)?.title ?? id;

afterEach(async () => {
  for (const element of document.querySelectorAll("backstory-quiz")) element.remove();
  localStorage.clear();
  await page.viewport(1280, 800);
});

const isInput = (element: Element) => element.localName === "input";

/** Gives the right answer to the question on screen, by keyboard only. */
async function answerByKeyboard(question: Question) {
  if (question.type === "single" || question.type === "true-false") {
    const wanted = question.type === "single" ? question.answer : String(question.answer);
    // Tab lands on the group's first radio; arrow keys move through it and select.
    const first = (await tabUntil(isInput, "the first radio")) as HTMLInputElement;
    if (first.value === wanted) await userEvent.keyboard(" ");
    for (let presses = 0; (focused() as HTMLInputElement).value !== wanted; presses++) {
      if (presses > 10) throw new Error(`no radio ${wanted}`);
      await userEvent.keyboard("{ArrowDown}");
    }
    expect(focused()).toHaveProperty("checked", true);
  } else if (question.type === "multiple") {
    await tabUntil(isInput, "the first checkbox");
    while (isInput(focused() as Element)) {
      if (question.answers.includes((focused() as HTMLInputElement).value))
        await userEvent.keyboard(" ");
      await userEvent.keyboard("{Tab}");
    }
  } else {
    // Move each event up into its place; focus follows the moved event.
    for (const [position, id] of question.events.entries()) {
      const title = titleOf(id);
      const order = screen
        .getAllByShadowRole("button", { name: /^Move .* up$/ })
        .map((button) => spokenText(button).replace(/^Move (.*) up$/, "$1"));
      const at = order.indexOf(title);
      if (at === position) continue;
      await tabUntil(isButton(`Move ${title} up`), `Move ${title} up`);
      for (let step = at; step > position; step--) await userEvent.keyboard("{Enter}");
      expect(spokenText(focused() as Element)).toBe(`Move ${title} up`);
      expect(liveText(element())).toBe(
        `${title} moved to position ${position + 1} of ${question.events.length}`,
      );
    }
  }
}

const element = () => document.querySelector("backstory-quiz") as BackstoryQuiz;

describe("<backstory-quiz> with the article's story", () => {
  it("can be completed by keyboard alone on a phone-sized screen, with every step announced", async () => {
    await page.viewport(320, 640);
    const completions: unknown[] = [];
    document.addEventListener("backstory-complete", (event) => completions.push(event.detail), {
      once: true,
    });
    const quizElement = await mountQuiz(story);
    const total = quiz.questions.length;

    for (const [index, question] of quiz.questions.entries()) {
      if (index > 0) {
        expect(focused()?.localName).toBe("legend");
        expect(spokenText(focused() as Element)).toContain(question.prompt);
        expect(liveText(quizElement)).toBe(`Question ${index + 1} of ${total}`);
      }
      await answerByKeyboard(question);
      await tabUntil(isButton("Check answer"), "Check answer");
      await userEvent.keyboard("{Enter}");
      await expect.poll(() => focused()?.getAttribute("part")).toBe("feedback");
      expect(spokenText(focused() as Element)).toMatch(/^Correct /);
      expect(liveText(quizElement)).toBe("Correct");
      const next = index + 1 < total ? "Next question" : "See your result";
      await tabUntil(isButton(next), next);
      await userEvent.keyboard("{Enter}");
      await quizElement.updateComplete;
    }

    const band = quiz.results.find((result) => result.max === total);
    await expect
      .poll(() => `${focused()?.getAttribute("role")} ${focused()?.getAttribute("aria-level")}`)
      .toBe("heading 3");
    expect(spokenText(focused() as Element)).toBe(`You got ${total} of ${total} right`);
    expect(liveText(quizElement)).toBe(`You got ${total} of ${total} right. ${band?.title}`);
    expect(completions).toEqual([{ score: total, total, bandId: band?.id }]);

    await tabUntil(isButton("Try again"), "Try again");
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => focused()?.localName).toBe("legend");
    expect(spokenText(focused() as Element)).toBe(quiz.questions[0]?.prompt);
    // Nothing is wider than the phone screen.
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  }, 60_000); // Twelve questions, each answered with keys and announced: the longest test here.

  for (const theme of ["light", "dark"] as const) {
    for (const width of [1280, 320]) {
      it(`is axe-clean in the ${theme} theme at ${width} px, before and after answering`, async () => {
        await page.viewport(width, 800);
        document.body.style.background = theme === "dark" ? "#000" : "#fff";
        const quizElement = await mountQuiz(fixtureStory(), { theme });
        await expectNoAxeViolations(quizElement);
        // Wrong answer: feedback with the right answer, the citation and the link.
        await userEvent.click(screen.getByShadowRole("radio", { name: "The wrong one" }));
        await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
        await expect.poll(() => focused()?.getAttribute("part")).toBe("feedback");
        await expectNoAxeViolations(quizElement);
        // The nothing-chosen warning, then a right answer.
        await userEvent.click(screen.getByShadowRole("button", { name: "Next question" }));
        await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
        await expectNoAxeViolations(quizElement);
        for (const name of ["Choice A", "Choice C"]) {
          await userEvent.click(screen.getByShadowRole("checkbox", { name }));
        }
        await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
        await expectNoAxeViolations(quizElement);
        // The ordering question before and after checking, then the results.
        await userEvent.click(screen.getByShadowRole("button", { name: "Next question" }));
        await userEvent.click(screen.getByShadowRole("radio", { name: "True" }));
        await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
        await userEvent.click(screen.getByShadowRole("button", { name: "Next question" }));
        await expectNoAxeViolations(quizElement);
        await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
        await expectNoAxeViolations(quizElement);
        await userEvent.click(screen.getByShadowRole("button", { name: "See your result" }));
        await screen.findByShadowRole("heading", { name: /You got/ });
        await expectNoAxeViolations(quizElement);
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width);
        document.body.style.background = "";
      });
    }
  }

  it("is axe-clean with the article's own quiz after an answer", async () => {
    const quizElement = await mountQuiz(story, { theme: "dark" });
    await userEvent.click(screen.getAllByShadowRole("radio")[0] as HTMLElement);
    await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
    await expectNoAxeViolations(quizElement);
  });
});
