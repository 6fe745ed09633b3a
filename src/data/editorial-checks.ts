/**
 * Checks the command line runs on a valid story before it is published, beyond what the elements
 * need to show it (`validate-story.ts`): an ordering question's events must be listed in the
 * order of their dates, and no result band may reach past the highest possible score. They are
 * kept out of the bundle readers load, which validates every story it shows and counts every byte.
 *
 * Pure data code: no Lit, no DOM.
 */
import { compareStoryDates, parseStoryDate } from "./edtf-date.js";
import type { Story } from "./story-format.js";
import { makeError, quoteValue, type StoryError } from "./validate-story.js";

export function checkEditorialRules(story: Story): StoryError[] {
  const errors: StoryError[] = [];
  const dates = new Map(story.timeline.events.map((event) => [event.id, event.date]));
  const questions = story.quiz?.questions ?? [];
  questions.forEach((question, index) => {
    if (question.type !== "order") return;
    question.events.forEach((id, at) => {
      const previous = question.events[at - 1];
      if (previous === undefined) return;
      const [before, after] = [dates.get(previous) ?? "", dates.get(id) ?? ""];
      const [beforeDate, afterDate] = [parseStoryDate(before), parseStoryDate(after)];
      if (beforeDate && afterDate && compareStoryDates(beforeDate, afterDate) > 0) {
        errors.push(
          makeError(
            ["quiz", "questions", index, "events", at],
            `${quoteValue(id)} (${after}) is listed after ${quoteValue(previous)} (${before}), but happened before it. List the events in the order they happened.`,
          ),
        );
      }
    });
  });
  const total = questions.length;
  story.quiz?.results.forEach((band, index) => {
    if (band.max > total) {
      errors.push(
        makeError(
          ["quiz", "results", index, "max"],
          `is ${band.max}, but the quiz has only ${total} questions, so no one can score more than ${total}.`,
        ),
      );
    }
  });
  return errors;
}
