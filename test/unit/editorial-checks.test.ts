import { describe, expect, it } from "vitest";
import { checkEditorialRules } from "../../src/data/editorial-checks.js";
import { formatStoryError } from "../../src/data/validate-story.js";
import { minimalStory } from "../fixtures/stories.js";

function errorsAfter(edit: (story: any) => void): string[] {
  const story = minimalStory();
  edit(story);
  return checkEditorialRules(story).map(formatStoryError);
}

describe("checkEditorialRules", () => {
  it("finds nothing in a good story", () => {
    expect(errorsAfter(() => {})).toEqual([]);
  });

  it("reports an ordering question out of date order", () => {
    expect(
      errorsAfter((s) => {
        s.quiz.questions[1].events = ["second", "first"];
      }),
    ).toEqual([
      'quiz.questions[1].events[1]: "first" (199X) is listed after "second" (2021), but happened before it. List the events in the order they happened.',
    ]);
  });

  it("reports a result band that reaches past the highest score", () => {
    expect(
      errorsAfter((s) => {
        s.quiz.results[1].max = 5;
      }),
    ).toEqual([
      "quiz.results[1].max: is 5, but the quiz has only 2 questions, so no one can score more than 2.",
    ]);
  });
});
