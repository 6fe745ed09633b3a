import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  correctAnswer,
  findResultBand,
  hashText,
  isAnswerCorrect,
  quizProgressKey,
  scoreQuiz,
  shuffled,
  startingOrder,
} from "../../../src/data/quiz-scoring.js";
import type { Question, Quiz } from "../../../src/data/story-format.js";

const citation = { quote: "A quote." };
const single: Question = {
  id: "single",
  type: "single",
  prompt: "Pick one",
  explanation: "Because.",
  citation,
  choices: [
    { id: "a", text: "A" },
    { id: "b", text: "B" },
  ],
  answer: "b",
};
const multiple: Question = {
  id: "multiple",
  type: "multiple",
  prompt: "Pick two",
  explanation: "Because.",
  citation,
  choices: [
    { id: "a", text: "A" },
    { id: "b", text: "B" },
    { id: "c", text: "C" },
  ],
  answers: ["a", "c"],
};
const trueFalse: Question = {
  id: "true-false",
  type: "true-false",
  prompt: "True?",
  explanation: "Because.",
  citation,
  answer: false,
};
const order: Question = {
  id: "order",
  type: "order",
  prompt: "Order",
  explanation: "Because.",
  citation,
  events: ["first", "second", "third"],
};
const quiz: Quiz = {
  title: "Quiz",
  questions: [single, multiple, trueFalse, order],
  results: [
    { id: "low", min: 0, max: 1, title: "Low", text: "Low." },
    { id: "mid", min: 2, max: 3, title: "Mid", text: "Mid." },
    { id: "top", min: 4, max: 4, title: "Top", text: "Top." },
  ],
};

describe("correctAnswer", () => {
  it("gives the right ids for each type", () => {
    expect(correctAnswer(single)).toEqual(["b"]);
    expect(correctAnswer(multiple)).toEqual(["a", "c"]);
    expect(correctAnswer(trueFalse)).toEqual(["false"]);
    expect(correctAnswer(order)).toEqual(["first", "second", "third"]);
  });
});

describe("isAnswerCorrect", () => {
  it("checks single choice", () => {
    expect(isAnswerCorrect(single, ["b"])).toBe(true);
    expect(isAnswerCorrect(single, ["a"])).toBe(false);
    expect(isAnswerCorrect(single, [])).toBe(false);
    expect(isAnswerCorrect(single, ["a", "b"])).toBe(false);
  });
  it("needs every right choice and nothing else for multiple select, in any order", () => {
    expect(isAnswerCorrect(multiple, ["c", "a"])).toBe(true);
    expect(isAnswerCorrect(multiple, ["a"])).toBe(false);
    expect(isAnswerCorrect(multiple, ["a", "b", "c"])).toBe(false);
    expect(isAnswerCorrect(multiple, ["a", "a"])).toBe(false);
  });
  it("checks true/false as the words true and false", () => {
    expect(isAnswerCorrect(trueFalse, ["false"])).toBe(true);
    expect(isAnswerCorrect(trueFalse, ["true"])).toBe(false);
  });
  it("needs the exact order for ordering", () => {
    expect(isAnswerCorrect(order, ["first", "second", "third"])).toBe(true);
    expect(isAnswerCorrect(order, ["second", "first", "third"])).toBe(false);
    expect(isAnswerCorrect(order, ["first", "second"])).toBe(false);
  });
});

describe("scoreQuiz and findResultBand", () => {
  it("counts right answers; unanswered questions count as wrong", () => {
    expect(scoreQuiz(quiz, {})).toBe(0);
    expect(
      scoreQuiz(quiz, { single: ["b"], multiple: ["a"], order: ["first", "second", "third"] }),
    ).toBe(2);
    expect(
      scoreQuiz(quiz, {
        single: ["b"],
        multiple: ["a", "c"],
        "true-false": ["false"],
        order: ["first", "second", "third"],
      }),
    ).toBe(4);
  });
  it("finds the band a score falls in", () => {
    expect(findResultBand(quiz.results, 0)?.id).toBe("low");
    expect(findResultBand(quiz.results, 2)?.id).toBe("mid");
    expect(findResultBand(quiz.results, 3)?.id).toBe("mid");
    expect(findResultBand(quiz.results, 4)?.id).toBe("top");
  });
  it("falls back sensibly when the bands leave a gap", () => {
    const gappy = [
      { id: "one", min: 1, max: 1, title: "1", text: "1" },
      { id: "five", min: 5, max: 6, title: "5", text: "5" },
    ];
    expect(findResultBand(gappy, 3)?.id).toBe("one");
    expect(findResultBand(gappy, 9)?.id).toBe("five");
    expect(findResultBand(gappy, 0)?.id).toBe("one");
    expect(findResultBand([], 0)).toBeUndefined();
  });
});

describe("startingOrder", () => {
  it("is the same for the same seed and never the correct order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 12 }),
        fc.string(),
        (ids, seed) => {
          const start = startingOrder(ids, seed);
          expect(start).toEqual(startingOrder(ids, seed));
          expect([...start].sort()).toEqual([...ids].sort());
          expect(start).not.toEqual(ids);
        },
      ),
    );
  });
  it("shuffles rather than only rotating", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const starts = new Set(
      ["q1", "q2", "q3", "q4", "q5"].map((seed) => startingOrder(ids, seed).join()),
    );
    expect(starts.size).toBeGreaterThan(2);
  });
  it("leaves a single item alone", () => {
    expect(startingOrder(["only"], "seed")).toEqual(["only"]);
  });
});

describe("shuffled", () => {
  it("is a permutation, the same for the same seed, and differs between seeds", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1 }), { maxLength: 12 }),
        fc.string(),
        (ids, seed) => {
          const order = shuffled(ids, seed);
          expect(order).toEqual(shuffled(ids, seed));
          expect([...order].sort()).toEqual([...ids].sort());
        },
      ),
    );
    const ids = ["a", "b", "c", "d", "e", "f"];
    const orders = new Set(
      ["r1q1", "r2q1", "r3q1", "r4q1"].map((seed) => shuffled(ids, seed).join()),
    );
    expect(orders.size).toBeGreaterThan(2);
  });
});

describe("hashText and quizProgressKey", () => {
  it("is stable and changes with the content", () => {
    expect(hashText("abc")).toBe(hashText("abc"));
    expect(hashText("abc")).not.toBe(hashText("abd"));
    const key = quizProgressKey("story", quiz);
    expect(key).toMatch(/^backstory-quiz:story:[0-9a-z]+$/);
    expect(quizProgressKey("story", structuredClone(quiz))).toBe(key);
    const edited = structuredClone(quiz);
    (edited.questions[0] as { prompt: string }).prompt = "Pick one, edited";
    expect(quizProgressKey("story", edited)).not.toBe(key);
    expect(quizProgressKey("other", quiz)).not.toBe(key);
  });
});
