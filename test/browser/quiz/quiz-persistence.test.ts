import { screen, within } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";
import { quizProgressKey } from "../../../src/data/quiz-scoring.js";
import type { Quiz } from "../../../src/data/story-format.js";
import { fixtureStory, focused, liveText, mountQuiz } from "./helpers.js";

afterEach(() => {
  for (const element of document.querySelectorAll("backstory-quiz")) element.remove();
  localStorage.clear();
  vi.restoreAllMocks();
});

const key = quizProgressKey("fixture-story", fixtureStory().quiz as Quiz);

/** Answers the first two questions (the first right, the second wrong) and goes on to the third. */
async function answerTwo() {
  await userEvent.click(screen.getByShadowRole("radio", { name: "The right one" }));
  await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
  await userEvent.click(screen.getByShadowRole("button", { name: "Next question" }));
  await userEvent.click(screen.getByShadowRole("checkbox", { name: "Choice B" }));
  await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
  await userEvent.click(screen.getByShadowRole("button", { name: "Next question" }));
  await screen.findByShadowRole("group", { name: "Is this true?" });
}

/** The reader's page reload, as far as the element can tell: a new element, the same storage. */
async function reload() {
  for (const element of document.querySelectorAll("backstory-quiz")) element.remove();
  return mountQuiz();
}

describe("<backstory-quiz> remembers progress", () => {
  it("restores where the reader was, with their answers, when the element is created again", async () => {
    await mountQuiz();
    await answerTwo();
    expect(JSON.parse(localStorage.getItem(key) ?? "{}")).toEqual({
      version: 1,
      index: 2,
      answers: { "pick-one": ["right"], "pick-two": ["b"] },
    });
    const events: Event[] = [];
    document.addEventListener("backstory-answer", (event) => events.push(event));

    const quiz = await reload();
    expect(screen.getByShadowRole("group", { name: "Is this true?" })).toBeTruthy();
    expect(screen.getByShadowText("Question 3 of 4")).toBeTruthy();
    // Restoring says and fires nothing.
    expect(liveText(quiz)).toBe("");
    expect(events).toEqual([]);
    await userEvent.click(screen.getByShadowRole("button", { name: "Previous question" }));
    expect(screen.getByShadowRole("checkbox", { name: "Choice B" })).toHaveProperty(
      "checked",
      true,
    );
    // Checked answers are kept for review, not changed.
    expect(screen.getByShadowRole("checkbox", { name: "Choice B" }).matches(":disabled")).toBe(
      true,
    );
    expect(liveText(quiz)).toBe("Question 2 of 4");
  });

  it("does not restore answers given to an edited quiz", async () => {
    await mountQuiz();
    await answerTwo();
    const edited = fixtureStory();
    edited.quiz.title = "Fixture quiz, edited";
    document.querySelector("backstory-quiz")?.remove();
    await mountQuiz(edited);
    expect(screen.getByShadowRole("group", { name: "Which one is right?" })).toBeTruthy();
    expect(screen.getByShadowRole("radio", { name: "The right one" })).toHaveProperty(
      "checked",
      false,
    );
  });

  it("saves nothing with no-persist", async () => {
    await mountQuiz(fixtureStory(), { "no-persist": "" });
    await answerTwo();
    expect(localStorage.length).toBe(0);
  });

  it("starts afresh, quietly, from corrupted or another version's data", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    for (const junk of ["{not json", JSON.stringify({ version: 2, index: 2, answers: {} }), "[]"]) {
      localStorage.setItem(key, junk);
      const quiz = await reload();
      expect(screen.getByShadowRole("group", { name: "Which one is right?" })).toBeTruthy();
      expect(liveText(quiz)).toBe("");
      expect(screen.queryByShadowRole("alert")).toBeNull();
    }
    expect(warn).toHaveBeenCalledTimes(3);
    // And it still saves over the junk.
    await answerTwo();
    expect(JSON.parse(localStorage.getItem(key) ?? "{}").index).toBe(2);
  });

  it("drops saved answers that are not among a question's choices", async () => {
    const answers = {
      "pick-one": ["zzz"],
      "pick-two": ["a", "a"],
      "true-or-false": ["maybe"],
      "put-in-order": ["first", "second"],
    };
    localStorage.setItem(key, JSON.stringify({ version: 1, index: 4, answers }));
    await reload();
    // Nothing counts as answered, so the reader starts at the first question, free to answer it.
    expect(screen.getByShadowRole("group", { name: "Which one is right?" })).toBeTruthy();
    expect(screen.getByShadowRole("button", { name: "Check answer" })).toBeTruthy();
    for (const radio of screen.getAllByShadowRole("radio")) {
      expect(radio).toHaveProperty("checked", false);
    }
    expect(
      document.body.innerHTML +
        (document.querySelector("backstory-quiz")?.shadowRoot?.innerHTML ?? ""),
    ).not.toContain("zzz");
  });

  it("still restores a saved answer in one of the question's choices", async () => {
    const answers = { "pick-one": ["wrong"], "pick-two": ["c", "a"], "true-or-false": ["false"] };
    localStorage.setItem(key, JSON.stringify({ version: 1, index: 4, answers }));
    await reload();
    expect(screen.getByShadowRole("group", { name: "Put these events in order." })).toBeTruthy();
    expect(screen.getByShadowText("Question 4 of 4")).toBeTruthy();
  });

  it("keeps working in memory when storage throws on every call", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const quiz = await mountQuiz();
    await answerTwo();
    await userEvent.click(screen.getByShadowRole("radio", { name: "True" }));
    await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
    await expect.poll(() => liveText(quiz)).toBe("Correct");
    expect(focused()?.getAttribute("part")).toBe("feedback");
    expect(screen.queryByShadowRole("alert")).toBeNull();
    expect(warn).toHaveBeenCalled();
  });

  it("keeps working when even reaching localStorage throws", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const descriptor = Object.getOwnPropertyDescriptor(window, "localStorage");
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
    try {
      expect(() => window.localStorage).toThrow();
      await mountQuiz();
      await answerTwo();
      expect(screen.getByShadowRole("group", { name: "Is this true?" })).toBeTruthy();
    } finally {
      if (descriptor) Object.defineProperty(window, "localStorage", descriptor);
    }
  });
});

describe("<backstory-quiz> twice on one page, with the same quiz", () => {
  /** Answers every open question in `quiz` (the first right, the rest as they come) to the result. */
  async function finish(quiz: HTMLElement) {
    const inside = within(quiz);
    for (const answer of ["The right one", "Choice B", "True", undefined]) {
      const check = inside.queryByShadowRole("button", { name: "Check answer" });
      // A question already checked (here or in the other quiz) only goes on.
      if (check) {
        if (answer) await userEvent.click(inside.getByShadowLabelText(answer));
        await userEvent.click(check);
      }
      await userEvent.click(
        await inside.findByShadowRole("button", { name: /^(Next question|See your result)$/ }),
      );
    }
    await inside.findByShadowRole("heading", { name: /^You got \d of 4 right$/ });
  }

  const result = (quiz: HTMLElement) =>
    within(quiz).queryByShadowRole("heading", { name: /^You got \d of 4 right$/ })?.textContent;

  it("shows one reader's progress in both, so a result is never overwritten by the other quiz", async () => {
    const first = await mountQuiz();
    const second = await mountQuiz();
    // An answer checked in one is checked in the other too: it cannot be given again there.
    await userEvent.click(within(second).getByShadowRole("radio", { name: "The right one" }));
    await userEvent.click(within(second).getByShadowRole("button", { name: "Check answer" }));
    await expect
      .poll(() => within(first).queryByShadowRole("button", { name: "Next question" }))
      .not.toBeNull();
    expect(within(first).getByShadowRole("radio", { name: "The right one" })).toHaveProperty(
      "checked",
      true,
    );

    await finish(first);
    await expect.poll(() => result(second)).toBe(result(first));
    expect(within(second).queryByShadowRole("button", { name: "Check answer" })).toBeNull();
    // Going back in one takes the other along; checked answers stay.
    await userEvent.click(within(first).getByShadowRole("button", { name: "Try again" }));
    await expect.poll(() => within(second).queryByShadowText("Question 1 of 4")).not.toBeNull();
    await finish(second);
    const reached = result(second);

    const reloaded = await reload();
    expect(result(reloaded)).toBe(reached);
  });

  it("starts a quiz added later where the reader is, even with storage blocked", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    const first = await mountQuiz();
    await finish(first);
    const later = await mountQuiz();
    expect(result(later)).toBe(result(first));
  });

  it("keeps a quiz with no-persist to itself", async () => {
    const shared = await mountQuiz();
    const own = await mountQuiz(fixtureStory(), { "no-persist": "" });
    await finish(shared);
    await own.updateComplete;
    expect(result(own)).toBeUndefined();
    expect(within(own).getByShadowText("Question 1 of 4")).toBeTruthy();
  });
});
