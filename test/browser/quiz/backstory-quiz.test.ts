import { screen, within } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cdp, userEvent } from "vitest/browser";
import type { BackstoryQuiz } from "../../../src/elements/quiz/backstory-quiz.js";
import {
  type FixtureStory,
  fixtureStory,
  focused,
  liveText,
  mountQuiz,
  spokenText,
  XSS_TEXT,
} from "./helpers.js";

afterEach(() => {
  for (const element of document.querySelectorAll("backstory-quiz")) element.remove();
  localStorage.clear();
  vi.restoreAllMocks();
});

const button = (name: string | RegExp) => screen.getByShadowRole("button", { name });

/** Checks the current answer and waits for the feedback to take focus. */
async function checkAnswer() {
  await userEvent.click(button("Check answer"));
  await expect.poll(() => focused()?.getAttribute("part")).toBe("feedback");
}

async function next(name = "Next question") {
  await userEvent.click(button(name));
}

describe("<backstory-quiz> question types", () => {
  it("single choice: native radios in a group named by the prompt", async () => {
    await mountQuiz();
    const group = screen.getByShadowRole("group", { name: "Which one is right?" });
    const radios = within(group).getAllByShadowRole("radio");
    expect(radios.map((radio) => radio.getAttribute("type"))).toEqual(["radio", "radio", "radio"]);
    expect(screen.getByShadowText("Question 1 of 4")).toBeTruthy();
    // Arrow keys move between the radios because they share one shadow root.
    await userEvent.click(within(group).getByShadowRole("radio", { name: "The wrong one" }));
    await userEvent.keyboard("{ArrowDown}");
    expect(within(group).getByShadowRole("radio", { name: "The right one" })).toHaveProperty(
      "checked",
      true,
    );
    // Selecting by keyboard does not check the answer either.
    expect(screen.queryByShadowRole("link", { name: "Read it in the article" })).toBeNull();
    await checkAnswer();
    expect(spokenText(focused() as Element)).toContain("Correct");
  });

  it("selecting a choice never submits: feedback comes only from Check answer", async () => {
    const quiz = await mountQuiz();
    await userEvent.click(screen.getByShadowRole("radio", { name: "The wrong one" }));
    expect(screen.queryByShadowText("Not quite")).toBeNull();
    expect(liveText(quiz)).toBe("");
    await checkAnswer();
    const feedback = focused() as Element;
    expect(spokenText(feedback)).toContain("Not quite");
    expect(spokenText(feedback)).toContain("The answer: The right one");
    expect(liveText(quiz)).toBe("Not quite");
  });

  it("multiple select: checkboxes, and the prompt says how many to pick", async () => {
    const quiz = await mountQuiz();
    await userEvent.click(screen.getByShadowRole("radio", { name: "The right one" }));
    await checkAnswer();
    await next();
    const group = screen.getByShadowRole("group", { name: /Which two are right\? \(Choose 2\.\)/ });
    await userEvent.click(within(group).getByShadowRole("checkbox", { name: "Choice A" }));
    await userEvent.click(within(group).getByShadowRole("checkbox", { name: "Choice B" }));
    await checkAnswer();
    expect(liveText(quiz)).toBe("Not quite");
    expect(spokenText(focused() as Element)).toContain("The answer: Choice A Choice C");
  });

  it("true/false: two radios labelled True and False", async () => {
    const story = fixtureStory();
    story.quiz.questions = [story.quiz.questions[2] as FixtureStory["quiz"]["questions"][number]];
    story.quiz.results = [{ id: "all", min: 0, max: 1, title: "Done", text: "Done." }];
    const quiz = await mountQuiz(story);
    const group = screen.getByShadowRole("group", { name: "Is this true?" });
    expect(
      within(group)
        .getAllByShadowRole("radio")
        .map((radio) => spokenText(radio.closest("label") as Element)),
    ).toEqual(["True", "False"]);
    await userEvent.click(within(group).getByShadowRole("radio", { name: "True" }));
    await checkAnswer();
    expect(liveText(quiz)).toBe("Correct");
  });

  it("ordering: titles without dates, moves by buttons, each move announced", async () => {
    const story = fixtureStory();
    story.quiz.questions = [story.quiz.questions[3] as FixtureStory["quiz"]["questions"][number]];
    story.quiz.results = [{ id: "all", min: 0, max: 1, title: "Done", text: "Done." }];
    const quiz = await mountQuiz(story);
    const group = screen.getByShadowRole("group", { name: "Put these events in order." });
    const titles = () =>
      within(group)
        .getAllByShadowRole("button", { name: /^Move .* up$/ })
        .map((item) => spokenText(item).replace(/^Move (.*) up$/, "$1"));
    const start = titles();
    expect(start).not.toEqual(["First event", "Second event", "Third event", "Fourth event"]);
    expect([...start].sort()).toEqual([
      "First event",
      "Fourth event",
      "Second event",
      "Third event",
    ]);
    expect(spokenText(group)).not.toMatch(/200\d/);

    // Bring "First event" to the top with the keyboard; focus stays on its button.
    const from = start.indexOf("First event");
    if (from === 0) {
      button("Move First event down").focus();
      await userEvent.keyboard("{Enter}");
      expect(liveText(quiz)).toBe("First event moved to position 2 of 4");
      expect(spokenText(focused() as Element)).toBe("Move First event down");
    } else {
      button("Move First event up").focus();
      for (let step = from; step > 0; step--) await userEvent.keyboard("{Enter}");
      expect(titles()[0]).toBe("First event");
      expect(liveText(quiz)).toBe("First event moved to position 1 of 4");
      expect(spokenText(focused() as Element)).toBe("Move First event up");
      // At the top, Move up does nothing and keeps focus.
      await userEvent.keyboard("{Enter}");
      expect(titles()[0]).toBe("First event");
      expect(spokenText(focused() as Element)).toBe("Move First event up");
    }
  });

  it("ordering: pointers can drag an item into place too", async () => {
    const story = fixtureStory();
    story.quiz.questions = [story.quiz.questions[3] as FixtureStory["quiz"]["questions"][number]];
    story.quiz.results = [{ id: "all", min: 0, max: 1, title: "Done", text: "Done." }];
    const quiz = await mountQuiz(story);
    const titles = () =>
      screen
        .getAllByShadowRole("button", { name: /^Move .* up$/ })
        .map((item) => spokenText(item).replace(/^Move (.*) up$/, "$1"));
    const start = titles();
    const items = screen.getAllByShadowRole("listitem");
    // A drop that did not start in the list changes nothing.
    items[0]?.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true }));
    expect(titles()).toEqual(start);
    await userEvent.dragAndDrop(items[3] as Element, items[0] as Element);
    await expect.poll(titles).toEqual([start[3], start[0], start[1], start[2]]);
    expect(liveText(quiz)).toBe(`${start[3]} moved to position 1 of 4`);
  });

  it("ordering: a right order is correct, and the feedback shows both orders", async () => {
    const story = fixtureStory();
    story.quiz.questions = [story.quiz.questions[3] as FixtureStory["quiz"]["questions"][number]];
    story.quiz.results = [{ id: "all", min: 0, max: 1, title: "Done", text: "Done." }];
    const quiz = await mountQuiz(story);
    const answers: unknown[] = [];
    quiz.addEventListener("backstory-answer", (event) => answers.push(event.detail));
    const wanted = ["First event", "Second event", "Third event", "Fourth event"];
    for (const [position, title] of wanted.entries()) {
      const current = screen
        .getAllByShadowRole("button", { name: /^Move .* up$/ })
        .map((item) => spokenText(item).replace(/^Move (.*) up$/, "$1"));
      for (let at = current.indexOf(title); at > position; at--) {
        await userEvent.click(button(`Move ${title} up`));
      }
    }
    await checkAnswer();
    expect(liveText(quiz)).toBe("Correct");
    const feedback = focused() as Element;
    expect(spokenText(feedback)).toContain("Your order");
    expect(spokenText(feedback)).toContain("The right order");
    expect(answers).toEqual([
      { questionId: "put-in-order", chosen: ["first", "second", "third", "fourth"], correct: true },
    ]);
  });
});

describe("<backstory-quiz> flow, focus and announcements", () => {
  it("checking with nothing selected says so, in words, announced, and keeps focus", async () => {
    const quiz = await mountQuiz();
    button("Check answer").focus();
    await userEvent.keyboard("{Enter}");
    const shown = screen
      .getAllByShadowText("Choose an answer first, then check it.")
      .filter((element) => element.getAttribute("role") !== "status");
    expect(shown).toHaveLength(1);
    expect(liveText(quiz)).toBe("Choose an answer first, then check it.");
    expect(spokenText(focused() as Element)).toBe("Check answer");
    // A second empty check is announced again (the region's text changes).
    const region = quiz.shadowRoot?.querySelector('[role="status"]');
    const before = region?.textContent;
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => region?.textContent).not.toBe(before);
    expect(liveText(quiz)).toBe("Choose an answer first, then check it.");
  });

  it("moves focus and announces after every step, through the results and Try again", async () => {
    const quiz = await mountQuiz();
    const complete: unknown[] = [];
    document.addEventListener("backstory-complete", (event) => complete.push(event.detail), {
      once: true,
    });

    await userEvent.click(screen.getByShadowRole("radio", { name: "The right one" }));
    await checkAnswer();
    expect(liveText(quiz)).toBe("Correct");
    await next();
    await expect.poll(() => focused()?.localName).toBe("legend");
    expect(spokenText(focused() as Element)).toBe("Which two are right? (Choose 2.)");
    expect(liveText(quiz)).toBe("Question 2 of 4");

    // Back to review the first question: its answer and feedback are still there.
    await userEvent.click(button("Previous question"));
    await expect.poll(() => focused()?.localName).toBe("legend");
    expect(liveText(quiz)).toBe("Question 1 of 4");
    expect(screen.getByShadowRole("radio", { name: "The right one" })).toHaveProperty(
      "checked",
      true,
    );
    expect(
      spokenText(
        screen.getByShadowRole("button", { name: "Next question" }).parentElement
          ?.previousElementSibling as Element,
      ),
    ).toContain("The right one is right.");
    await next();

    await userEvent.click(screen.getByShadowRole("checkbox", { name: "Choice A" }));
    await checkAnswer();
    await next();
    await userEvent.click(screen.getByShadowRole("radio", { name: "False" }));
    await checkAnswer();
    await next();
    expect(liveText(quiz)).toBe("Question 4 of 4");
    await checkAnswer(); // the starting order is never right
    expect(liveText(quiz)).toBe("Not quite");
    await next("See your result");

    await expect
      .poll(() => `${focused()?.getAttribute("role")} ${focused()?.getAttribute("aria-level")}`)
      .toBe("heading 3");
    expect(spokenText(focused() as Element)).toBe("You got 1 of 4 right");
    expect(liveText(quiz)).toBe("You got 1 of 4 right. Read it again");
    expect(spokenText(focused()?.parentElement as Element)).toContain("Read it again Low score.");
    expect(complete).toEqual([{ score: 1, total: 4, bandId: "low" }]);
    await userEvent.click(button("Your answers"));
    const review = screen.getByShadowRole("heading", { name: "Your answers" });
    const reviewList = review.nextElementSibling as Element;
    expect(spokenText(reviewList)).toContain("Correct. Your answer: The right one");
    expect(spokenText(reviewList)).toContain(
      "Not quite. Your answer: Choice A The answer: Choice A Choice C",
    );

    await userEvent.click(button("Try again"));
    await expect.poll(() => focused()?.localName).toBe("legend");
    expect(spokenText(focused() as Element)).toBe("Which one is right?");
    expect(liveText(quiz)).toBe("Quiz started again. Question 1 of 4");
    expect(screen.getByShadowRole("radio", { name: "The right one" })).toHaveProperty(
      "checked",
      false,
    );
  });

  it("fires backstory-answer and backstory-complete, bubbling and composed, on user action only", async () => {
    const quiz = await mountQuiz();
    const seen: { type: string; detail: unknown; bubbles: boolean; composed: boolean }[] = [];
    const record = (event: Event) =>
      seen.push({
        type: event.type,
        detail: (event as CustomEvent).detail,
        bubbles: event.bubbles,
        composed: event.composed,
      });
    document.addEventListener("backstory-answer", record);
    document.addEventListener("backstory-complete", record);
    try {
      await userEvent.click(screen.getByShadowRole("radio", { name: "The wrong one" }));
      expect(seen).toEqual([]);
      await checkAnswer();
      await next();
      await userEvent.click(screen.getByShadowRole("checkbox", { name: "Choice A" }));
      await userEvent.click(screen.getByShadowRole("checkbox", { name: "Choice C" }));
      await checkAnswer();
      await next();
      await userEvent.click(screen.getByShadowRole("radio", { name: "True" }));
      await checkAnswer();
      await next();
      await checkAnswer();
      await next("See your result");
      await expect.poll(() => seen.length).toBe(5);
      expect(seen).toEqual([
        {
          type: "backstory-answer",
          detail: { questionId: "pick-one", chosen: ["wrong"], correct: false },
          bubbles: true,
          composed: true,
        },
        {
          type: "backstory-answer",
          detail: { questionId: "pick-two", chosen: ["a", "c"], correct: true },
          bubbles: true,
          composed: true,
        },
        {
          type: "backstory-answer",
          detail: { questionId: "true-or-false", chosen: ["true"], correct: true },
          bubbles: true,
          composed: true,
        },
        {
          type: "backstory-answer",
          detail: expect.objectContaining({ questionId: "put-in-order", correct: false }),
          bubbles: true,
          composed: true,
        },
        {
          type: "backstory-complete",
          detail: { score: 2, total: 4, bandId: "middle" },
          bubbles: true,
          composed: true,
        },
      ]);
      // Re-rendering or re-creating the quiz restores the result without firing anything.
      quiz.remove();
      await mountQuiz();
      expect(screen.getByShadowRole("heading", { name: "You got 2 of 4 right" })).toBeTruthy();
      expect(seen).toHaveLength(5);
    } finally {
      document.removeEventListener("backstory-answer", record);
      document.removeEventListener("backstory-complete", record);
    }
  });

  it("fires backstory-ready once its story has rendered, with the story's id", async () => {
    const ready: CustomEvent[] = [];
    const record = (event: Event) => ready.push(event as CustomEvent);
    document.addEventListener("backstory-ready", record);
    try {
      const quiz = await mountQuiz();
      await expect.poll(() => ready.length).toBe(1);
      expect(ready[0]?.detail).toEqual({ storyId: "fixture-story" });
      expect(ready[0]?.composed).toBe(true);
      // Re-rendering the same story is not a new story.
      quiz.headingLevel = 3;
      await quiz.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ready).toHaveLength(1);
    } finally {
      document.removeEventListener("backstory-ready", record);
    }
  });

  it("feedback cites the article: the quote, its paragraph and a text-fragment link", async () => {
    await mountQuiz();
    await userEvent.click(screen.getByShadowRole("radio", { name: "The right one" }));
    await checkAnswer();
    const feedback = focused() as Element;
    expect(feedback.querySelector("blockquote")?.textContent).toBe(
      "the right one is the one that is right",
    );
    expect(spokenText(feedback)).toContain("Paragraph 3 of the article.");
    const link = within(feedback as HTMLElement).getByShadowRole("link", {
      name: "Read it in the article",
    });
    const page = location.href.split("#")[0];
    expect(link.getAttribute("href")).toBe(
      `${page}#:~:text=the%20right%20one%20is%20the%20one%20that%20is%20right`,
    );
    expect(spokenText(feedback)).toContain("The right one is right.");
  });

  it("links to the article's own address when the story gives one", async () => {
    const story = fixtureStory() as FixtureStory & { article: { url?: string } };
    story.article.url = "https://news.example/story";
    await mountQuiz(story);
    await userEvent.click(screen.getByShadowRole("radio", { name: "The right one" }));
    await checkAnswer();
    expect(
      screen.getByShadowRole("link", { name: "Read it in the article" }).getAttribute("href"),
    ).toMatch(/^https:\/\/news\.example\/story#:~:text=/);
  });

  it("shows story text as text, never as markup", async () => {
    const quiz = await mountQuiz();
    expect(screen.getByShadowRole("radio", { name: XSS_TEXT })).toBeTruthy();
    expect(quiz.shadowRoot?.querySelector("img")).toBeNull();
  });
});

describe("<backstory-quiz> sharing", () => {
  async function finish(quiz: BackstoryQuiz) {
    for (let step = 0; step < 4; step++) {
      const radio =
        screen.queryAllByShadowRole("radio")[0] ?? screen.queryAllByShadowRole("checkbox")[0];
      if (radio) await userEvent.click(radio);
      await checkAnswer();
      await next(step === 3 ? "See your result" : "Next question");
    }
    await quiz.updateComplete;
  }

  it("copies a short result with the page address through the Clipboard API", async () => {
    const quiz = await mountQuiz();
    await finish(quiz);
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue(undefined);
    await userEvent.click(button("Share your result"));
    await expect.poll(() => liveText(quiz)).toBe("Result copied, with the page’s address.");
    const page = location.href.split("#")[0];
    expect(writeText).toHaveBeenCalledWith(
      `I got 1 of 4 right in the quiz “Fixture quiz”. ${page}`,
    );
    expect(screen.queryByShadowRole("textbox")).toBeNull();
  });

  it("shows the text to copy by hand when the clipboard refuses", async () => {
    const quiz = await mountQuiz();
    await finish(quiz);
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(
      new DOMException("Denied", "NotAllowedError"),
    );
    await userEvent.click(button("Share your result"));
    const text = await screen.findByShadowRole("textbox", {
      name: "Copy this text to share your result",
    });
    expect(text).toHaveProperty("readOnly", true);
    expect((text as HTMLTextAreaElement).value).toMatch(
      /^I got 1 of 4 right in the quiz “Fixture quiz”\. http/,
    );
    expect(focused()).toBe(text);
    expect(liveText(quiz)).toBe("Copy this text to share your result");
  });
});

describe("<backstory-quiz> words, headings, errors and print", () => {
  it("takes replacement strings, and formats numbers for its lang", async () => {
    const quiz = document.createElement("backstory-quiz");
    quiz.strings = {
      progress: "Frage {n} von {total}",
      true: "Wahr",
      false: "Falsch",
      check: "Prüfen",
    };
    quiz.lang = "ar-EG";
    quiz.story = fixtureStory();
    document.body.append(quiz);
    expect(await screen.findByShadowText("Frage ١ von ٤")).toBeTruthy();
    expect(button("Prüfen")).toBeTruthy();
  });

  it("announces in the reader's language too", async () => {
    const story = fixtureStory();
    story.quiz.questions = [story.quiz.questions[3] as FixtureStory["quiz"]["questions"][number]];
    story.quiz.results = [{ id: "all", min: 0, max: 1, title: "Done", text: "Done." }];
    const quiz = document.createElement("backstory-quiz");
    quiz.strings = {
      moveDown: "{title} nach unten",
      moved: "{title} ist jetzt an Stelle {position} von {total}",
    };
    quiz.story = story;
    document.body.append(quiz);
    const down = await screen.findAllByShadowRole("button", { name: / nach unten$/ });
    const title = spokenText(down[0] as Element).replace(/ nach unten$/, "");
    await userEvent.click(down[0] as Element);
    expect(liveText(quiz)).toBe(`${title} ist jetzt an Stelle 2 von 4`);
  });

  it("lays out right to left in a right-to-left page", async () => {
    const story = fixtureStory();
    story.quiz.questions = [story.quiz.questions[3] as FixtureStory["quiz"]["questions"][number]];
    story.quiz.results = [{ id: "all", min: 0, max: 1, title: "Done", text: "Done." }];
    document.documentElement.dir = "rtl";
    try {
      await mountQuiz(story);
      const item = screen.getAllByShadowRole("listitem")[0] as HTMLElement;
      const up = within(item).getAllByShadowRole("button")[0] as Element;
      // The move buttons sit at the inline end: the left in right-to-left text.
      const middle = item.getBoundingClientRect().left + item.clientWidth / 2;
      expect(up.getBoundingClientRect().right).toBeLessThan(middle);
    } finally {
      document.documentElement.dir = "";
    }
  });

  it("tells the editor when the story has no quiz", async () => {
    const story: Partial<FixtureStory> = fixtureStory();
    delete story.quiz;
    const quiz = document.createElement("backstory-quiz");
    quiz.editor = true;
    quiz.story = story;
    document.body.append(quiz);
    expect(await screen.findByShadowText(/This story has no quiz\./)).toBeTruthy();
    expect(screen.queryByShadowRole("group")).toBeNull();
  });

  it("prints every question with its choices, the right answer marked, and the explanation", async () => {
    const quiz = await mountQuiz();
    const session = cdp();
    await session.send("Emulation.setEmulatedMedia", { media: "print" });
    try {
      const printed = [...(quiz.shadowRoot?.querySelectorAll("*") ?? [])].filter(
        (element) => element.checkVisibility() && element.localName === "ol",
      );
      expect(printed).toHaveLength(1);
      const text = spokenText(printed[0] as Element);
      for (const words of [
        "Which one is right?",
        "The right one ✓ Right answer",
        "The wrong one",
        "Choice C ✓ Right answer",
        "True ✓ Right answer",
        "The right order: First event Second event Third event Fourth event",
        "They happened one after another.",
      ]) {
        expect(text).toContain(words);
      }
      // Controls and the one-question view are hidden from print.
      expect(screen.queryByShadowRole("button", { name: "Check answer" })).toBeNull();
      expect(screen.queryByShadowRole("radio")).toBeNull();
    } finally {
      await session.send("Emulation.setEmulatedMedia", { media: "" });
    }
  });
});
