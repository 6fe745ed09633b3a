/**
 * A quiz listens for timelines that become ready, to offer "See it on the timeline": only a
 * timeline of its own story may make it render again. Counted on real elements, many per page.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../../src/define.js";
import type { BackstoryQuiz } from "../../../src/elements/quiz/backstory-quiz.js";
import { fixtureStory } from "../../fixtures/stories.js";

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  localStorage.clear();
});

const withId = (id: string) => ({ ...fixtureStory(), id });

/** Adds an element showing `story` and waits until it says it is ready. */
async function add<T extends HTMLElement>(tag: string, story: unknown): Promise<T> {
  const element = document.createElement(tag) as T & { story: unknown };
  element.story = story;
  const ready = new Promise((done) => element.addEventListener("backstory-ready", done));
  document.body.append(element);
  await ready;
  return element;
}

/** Counts the renders of a quiz from now on. */
function countRenders(quiz: BackstoryQuiz): () => number {
  const spy = vi.spyOn(quiz as unknown as { render: () => unknown }, "render");
  return () => spy.mock.calls.length;
}

describe("<backstory-quiz> and the backstory-ready events of other elements", () => {
  it("renders again for a timeline of its own story, never for other stories or other quizzes", async () => {
    const others = await Promise.all(
      ["one", "two", "three"].map((id) => add<BackstoryQuiz>("backstory-quiz", withId(id))),
    );
    const own = await add<BackstoryQuiz>("backstory-quiz", fixtureStory());
    const otherRenders = others.map(countRenders);
    const ownRenders = countRenders(own);

    // Ten timelines and two more quizzes of the fixture story load: none is of the others' stories.
    await Promise.all([
      ...Array.from({ length: 10 }, () => add("backstory-timeline", fixtureStory())),
      add("backstory-quiz", fixtureStory()),
      add("backstory-quiz", withId("four")),
    ]);
    await Promise.all([...others, own].map((quiz) => quiz.updateComplete));

    expect(otherRenders.map((renders) => renders())).toEqual([0, 0, 0]);
    // Its own story's timelines may offer "See it on the timeline": at least one look, no more than one each.
    expect(ownRenders()).toBeGreaterThanOrEqual(1);
    expect(ownRenders()).toBeLessThanOrEqual(10);
  });
});
