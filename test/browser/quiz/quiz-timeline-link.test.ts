import { screen } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { focused, mountQuiz } from "./helpers.js";

/**
 * A stand-in for `<backstory-timeline>` with just the contract the quiz relies on: `storyId` and
 * `reveal(eventId)`. Each test file runs in its own page, so this tag does not clash with the real one.
 */
class StandInTimeline extends HTMLElement {
  revealed: string[] = [];
  get storyId(): string | undefined {
    return this.getAttribute("story-id") ?? undefined;
  }
  reveal(eventId: string): boolean {
    this.revealed.push(eventId);
    return true;
  }
}
customElements.define("backstory-timeline", StandInTimeline);

function addTimeline(storyId: string): StandInTimeline {
  const timeline = document.createElement("backstory-timeline") as unknown as StandInTimeline;
  timeline.setAttribute("story-id", storyId);
  document.body.append(timeline);
  return timeline;
}

afterEach(() => {
  for (const element of document.querySelectorAll("backstory-quiz, backstory-timeline"))
    element.remove();
  localStorage.clear();
});

/** Answers the first question, which is about the event "second". */
async function answerFirst() {
  await userEvent.click(screen.getByShadowRole("radio", { name: "The right one" }));
  await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
  await expect.poll(() => focused()?.getAttribute("part")).toBe("feedback");
}

const seeIt = () => screen.queryByShadowRole("button", { name: "See it on the timeline" });

describe('<backstory-quiz> "See it on the timeline"', () => {
  it("is not offered without a timeline of the same story on the page", async () => {
    addTimeline("another-story");
    await mountQuiz();
    await answerFirst();
    expect(seeIt()).toBeNull();
  });

  it("reveals the question's event in the first timeline showing the same story", async () => {
    const other = addTimeline("another-story");
    const first = addTimeline("fixture-story");
    const second = addTimeline("fixture-story");
    await mountQuiz();
    await answerFirst();
    await userEvent.click(seeIt() as HTMLElement);
    expect(first.revealed).toEqual(["second"]);
    expect(second.revealed).toEqual([]);
    expect(other.revealed).toEqual([]);
  });

  it("is not offered for a question without an event", async () => {
    addTimeline("fixture-story");
    await mountQuiz();
    await answerFirst();
    await userEvent.click(screen.getByShadowRole("button", { name: "Next question" }));
    await userEvent.click(screen.getByShadowRole("checkbox", { name: "Choice A" }));
    await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
    await expect.poll(() => focused()?.getAttribute("part")).toBe("feedback");
    expect(seeIt()).toBeNull();
  });

  it("appears when a timeline of the same story says it is ready", async () => {
    await mountQuiz();
    await answerFirst();
    expect(seeIt()).toBeNull();
    const timeline = addTimeline("fixture-story");
    timeline.dispatchEvent(new CustomEvent("backstory-ready", { bubbles: true, composed: true }));
    await expect.poll(seeIt).not.toBeNull();
    await userEvent.click(seeIt() as HTMLElement);
    expect(timeline.revealed).toEqual(["second"]);
  });

  it("does nothing harmful when the timeline has gone before the click, and keeps focus", async () => {
    const timeline = addTimeline("fixture-story");
    await mountQuiz();
    await answerFirst();
    const button = seeIt() as HTMLElement;
    timeline.remove();
    await userEvent.click(button);
    await expect.poll(seeIt).toBeNull();
    expect(focused()?.getAttribute("part")).toBe("feedback");
    expect(timeline.revealed).toEqual([]);
  });
});
