import { describe, expect, it } from "vitest";
import {
  parseQuizProgress,
  QUIZ_PROGRESS_VERSION,
  serializeQuizProgress,
} from "../../../src/data/quiz-progress.js";
import type { Quiz } from "../../../src/data/story-format.js";

const question = (id: string) => ({
  id,
  type: "true-false" as const,
  prompt: `${id}?`,
  explanation: "Because.",
  citation: { quote: "A quote." },
  answer: true,
});
const quiz: Quiz = {
  title: "Quiz",
  questions: [question("one"), question("two"), question("three")],
  results: [{ id: "all", min: 0, max: 3, title: "Done", text: "Done." }],
};

describe("quiz progress", () => {
  it("reads back what it wrote", () => {
    const progress = { index: 2, answers: { one: ["true"], two: ["false"] } };
    expect(parseQuizProgress(serializeQuizProgress(progress), quiz)).toEqual(progress);
    expect(JSON.parse(serializeQuizProgress(progress)).version).toBe(QUIZ_PROGRESS_VERSION);
  });
  it("keeps the results view when every question is answered", () => {
    const progress = { index: 3, answers: { one: ["true"], two: ["true"], three: ["true"] } };
    expect(parseQuizProgress(serializeQuizProgress(progress), quiz)).toEqual(progress);
  });
  it("ignores text that is not JSON, not an object, or another version's data", () => {
    expect(parseQuizProgress("{not json", quiz)).toBeUndefined();
    expect(parseQuizProgress("null", quiz)).toBeUndefined();
    expect(parseQuizProgress("42", quiz)).toBeUndefined();
    expect(
      parseQuizProgress(JSON.stringify({ version: 99, index: 0, answers: {} }), quiz),
    ).toBeUndefined();
    expect(parseQuizProgress(JSON.stringify({ index: 0, answers: {} }), quiz)).toBeUndefined();
    expect(
      parseQuizProgress(JSON.stringify({ version: 1, index: 0, answers: null }), quiz),
    ).toBeUndefined();
  });
  it("drops answers of unknown questions or of the wrong shape", () => {
    const text = JSON.stringify({
      version: 1,
      index: 1,
      answers: { one: ["true"], gone: ["true"], two: "true", three: [1] },
    });
    expect(parseQuizProgress(text, quiz)).toEqual({ index: 1, answers: { one: ["true"] } });
  });
  it("never lands past the first unanswered question, nor outside the quiz", () => {
    const at = (index: unknown, answers: object) =>
      parseQuizProgress(JSON.stringify({ version: 1, index, answers }), quiz)?.index;
    expect(at(3, { one: ["true"] })).toBe(1);
    expect(at(-4, {})).toBe(0);
    expect(at("2", { one: ["true"], two: ["true"] })).toBe(0);
    expect(at(99, { one: ["true"], two: ["true"], three: ["true"] })).toBe(3);
  });
});
