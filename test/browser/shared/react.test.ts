/**
 * The React 18 wrapper (`backstory/react.js`): objects reach the elements as properties, and the
 * elements' events reach `on…` props, in a real React root.
 */
import { createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { screen } from "shadow-dom-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import type { BackstoryAnswerDetail, BackstorySelectDetail } from "../../../src/index.js";
import { BackstoryQuiz, BackstoryTimeline } from "../../../src/react.js";
import { fixtureStory } from "../quiz/helpers.js";
import { cleanUp, realisticStory } from "../timeline/fixtures.js";

let root: Root | undefined;

function show(element: ReturnType<typeof createElement>): void {
  const container = document.createElement("div");
  document.body.append(container);
  root = createRoot(container);
  root.render(element);
}

afterEach(() => {
  root?.unmount();
  root = undefined;
  cleanUp();
  document.body.replaceChildren();
});

describe("backstory/react.js", () => {
  it("gives the timeline its story as an object and calls onBackstorySelect when a reader picks an event", async () => {
    const selected: BackstorySelectDetail[] = [];
    const ready: string[] = [];
    show(
      createElement(BackstoryTimeline, {
        story: realisticStory(),
        strings: { next: "Suivant" },
        onBackstoryReady: (event) => ready.push(event.detail.storyId),
        onBackstorySelect: (event) => selected.push(event.detail),
      }),
    );
    await userEvent.click(await screen.findByShadowRole("button", { name: "Suivant" }));
    expect(ready).toEqual(["realistic"]);
    expect(selected).toEqual([{ id: expect.any(String), cause: "button" }]);
  });

  it("calls onBackstoryAnswer when a reader checks an answer in the quiz", async () => {
    const answers: BackstoryAnswerDetail[] = [];
    show(
      createElement(BackstoryQuiz, {
        story: fixtureStory(),
        noPersist: true,
        onBackstoryAnswer: (event) => answers.push(event.detail),
      }),
    );
    const [first] = await screen.findAllByShadowRole("radio");
    await userEvent.click(first as HTMLElement);
    await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
    expect(answers).toHaveLength(1);
    expect(answers[0]?.questionId).toBe(fixtureStory().quiz?.questions[0]?.id);
  });
});
