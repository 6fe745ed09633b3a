import { screen, within } from "shadow-dom-testing-library";
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

it('offers "Back to question 1" next to the event it showed, which returns focus to the feedback', async () => {
  const timeline = document.createElement("backstory-timeline");
  timeline.story = fixtureStory();
  document.body.append(timeline);
  await expect.poll(() => timeline.storyId).toBe("fixture-story");
  const quiz = await mountQuiz();
  // Before the reader goes there, the timeline offers no way back.
  expect(within(timeline).queryByShadowRole("button", { name: /^Back to question/ })).toBeNull();
  await userEvent.click(screen.getByShadowRole("radio", { name: "The wrong one" }));
  await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
  await userEvent.click(
    await screen.findByShadowRole("button", { name: "See it on the timeline" }),
  );
  await expect.poll(() => timeline.shadowRoot?.contains(focused())).toBe(true);
  const back = await within(timeline).findByShadowRole("button", { name: "Back to question 1" });
  // It sits in the event's detail, with the event it showed.
  expect(spokenText(back.parentElement as Element)).toContain("Second event");
  // By keyboard: Tab reaches it, Enter goes back.
  for (let presses = 0; focused() !== back && presses < 30; presses++) {
    await userEvent.keyboard("{Tab}");
  }
  expect(focused()).toBe(back);
  await userEvent.keyboard("{Enter}");
  await expect.poll(() => focused()?.getAttribute("part")).toBe("feedback");
  expect(quiz.shadowRoot?.contains(focused())).toBe(true);
  expect(spokenText(focused() as Element)).toContain("Not quite");
});

it("is a region named by its title, like the timeline", async () => {
  await mountQuiz();
  expect(screen.getByShadowRole("region", { name: "Fixture quiz" })).toBeTruthy();
});
