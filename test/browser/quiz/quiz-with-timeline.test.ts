import { screen } from "shadow-dom-testing-library";
import { afterEach, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import "../../../src/elements/timeline/define.js";
import { fixtureStory, focused, mountQuiz, spokenText } from "./helpers.js";

afterEach(() => {
  for (const element of document.querySelectorAll("backstory-quiz, backstory-timeline"))
    element.remove();
  localStorage.clear();
});

it('"See it on the timeline" selects, shows and focuses the event in the real <backstory-timeline>', async () => {
  const timeline = document.createElement("backstory-timeline");
  timeline.story = fixtureStory();
  document.body.append(timeline);
  await expect.poll(() => timeline.storyId).toBe("fixture-story");
  await mountQuiz();
  await userEvent.click(screen.getByShadowRole("radio", { name: "The right one" }));
  await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
  await userEvent.click(
    await screen.findByShadowRole("button", { name: "See it on the timeline" }),
  );
  await expect.poll(() => timeline.selectedId).toBe("second");
  await expect.poll(() => timeline.shadowRoot?.contains(focused())).toBe(true);
  expect(spokenText(focused() as Element)).toContain("Second event");
});
