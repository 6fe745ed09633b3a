/**
 * A story may ask for shuffled choices (`quiz.shuffleChoices`): each reader gets an order of their
 * own, which a reload keeps, and answers are still checked by choice, not by position.
 */
import { screen } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { fixtureStory, focused, mountQuiz, spokenText } from "./helpers.js";

afterEach(() => {
  for (const element of document.querySelectorAll("backstory-quiz")) element.remove();
  localStorage.clear();
});

const LETTERS = ["A", "B", "C", "D", "E", "F"];

/** The fixture quiz with six choices on its first question, shuffled or not. */
function story(shuffleChoices?: boolean) {
  const value = fixtureStory();
  const first = value.quiz.questions[0] as {
    choices: { id: string; text: string }[];
    answer: string;
  };
  first.choices = LETTERS.map((letter) => ({ id: letter.toLowerCase(), text: `Choice ${letter}` }));
  first.answer = "d";
  return { ...value, quiz: { ...value.quiz, shuffleChoices } };
}

async function order(value: unknown, attributes: Record<string, string> = {}) {
  const quiz = await mountQuiz(value, attributes);
  const names = screen
    .getAllByShadowRole("radio")
    .map((radio) => spokenText(radio.closest("label") as Element));
  quiz.remove();
  return names;
}

describe("<backstory-quiz> shuffled choices", () => {
  it("keeps the file's order unless the story asks for a shuffle", async () => {
    expect(await order(story())).toEqual(LETTERS.map((letter) => `Choice ${letter}`));
    expect(localStorage.getItem("backstory-reader")).toBeNull();
  });

  it("gives a reader an order of their own, the same after a reload", async () => {
    const first = await order(story(true));
    expect(localStorage.getItem("backstory-reader")).toMatch(/^\w+$/);
    expect([...first].sort()).toEqual(LETTERS.map((letter) => `Choice ${letter}`));
    expect(await order(story(true))).toEqual(first);
  });

  it("gives another reader another order", async () => {
    localStorage.setItem("backstory-reader", "one reader");
    const one = await order(story(true));
    localStorage.setItem("backstory-reader", "another reader");
    const another = await order(story(true));
    expect(one).not.toEqual(LETTERS.map((letter) => `Choice ${letter}`));
    expect(another).not.toEqual(one);
    expect([...another].sort()).toEqual([...one].sort());
  });

  it("checks the answer by choice, wherever it landed", async () => {
    await mountQuiz(story(true));
    await userEvent.click(screen.getByShadowRole("radio", { name: "Choice D" }));
    await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
    await expect.poll(() => focused()?.getAttribute("part")).toBe("feedback");
    expect(spokenText(focused() as Element)).toContain("Correct");
  });

  it("with no-persist, keeps nothing and still shows the same order on every load", async () => {
    const first = await order(story(true), { "no-persist": "" });
    expect(await order(story(true), { "no-persist": "" })).toEqual(first);
    expect(localStorage.length).toBe(0);
  });
});
