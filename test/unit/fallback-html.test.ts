import { readFileSync } from "node:fs";
import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import {
  ENGLISH_FALLBACK_WORDS,
  escapeHtml,
  fallbackHtml,
  quizFallbackHtml,
  timelineFallbackHtml,
} from "../../src/data/fallback-html.js";
import type { Story } from "../../src/data/story-format.js";
import { validateStory } from "../../src/data/validate-story.js";
import { ENGLISH_QUIZ_STRINGS } from "../../src/elements/quiz/strings.js";
import { ancientStory } from "../fixtures/stories.js";

const HOSTILE = "<img src=x onerror=alert(1)>";

function storyFrom(input: unknown): Story {
  const result = validateStory(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.story;
}

const citation = { quote: "A quote." };

const story = storyFrom({
  version: 1,
  id: "test-story",
  article: { headline: "A headline", source: "A test.", language: "en" },
  timeline: {
    title: `Timeline ${HOSTILE}`,
    events: [
      // Out of date order on purpose: the fallback lists events by date.
      { id: "late", date: "2024-10-27", title: "Late event", summary: "Late summary.", citation },
      {
        id: "early",
        date: "199X",
        displayDate: "The nineties",
        title: HOSTILE,
        summary: `Summary with "quotes" & <b>tags</b>`,
        citation,
      },
      { id: "middle", date: "2022-02", title: "Middle event", summary: "Middle.", citation },
      { id: "ancient", date: "-0044", title: "Ancient event", summary: "Long ago.", citation },
    ],
  },
  quiz: {
    title: "Quiz title",
    intro: "An intro.",
    questions: [
      {
        id: "q-single",
        type: "single",
        prompt: `Which ${HOSTILE}?`,
        choices: [
          { id: "a", text: "Choice A" },
          { id: "b", text: HOSTILE },
        ],
        answer: "b",
        explanation: "Because B.",
        citation,
      },
      {
        id: "q-multiple",
        type: "multiple",
        prompt: "Which two?",
        showCount: true,
        choices: [
          { id: "x", text: "X" },
          { id: "y", text: "Y" },
          { id: "z", text: "Z" },
        ],
        answers: ["x", "z"],
        explanation: "X and Z.",
        citation,
      },
      {
        id: "q-true-false",
        type: "true-false",
        prompt: "True or not?",
        answer: false,
        explanation: "Not true.",
        citation,
      },
      {
        id: "q-order",
        type: "order",
        prompt: "Put these in order.",
        events: ["middle", "late"],
        explanation: "Middle came first.",
        citation,
      },
    ],
    results: [{ id: "all", min: 0, max: 4, title: "Done", text: "Thanks." }],
  },
});

function parse(html: string): Document {
  const window = new Window();
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

const texts = (elements: Iterable<Element>) =>
  [...elements].map((element) => element.textContent?.trim());

describe("escapeHtml", () => {
  it("escapes every character that could start markup or end an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
  });
});

describe("timelineFallbackHtml", () => {
  const html = timelineFallbackHtml(story);
  const document = parse(html);

  it("lists every event in date order, in an ordered list", () => {
    const items = document.querySelectorAll("ol > li");
    expect(items).toHaveLength(4);
    expect(texts(document.querySelectorAll("ol > li strong"))).toEqual([
      "Ancient event",
      HOSTILE,
      "Middle event",
      "Late event",
    ]);
  });

  it("gives each dated event a <time datetime> and the date as readers see it", () => {
    const times = [...document.querySelectorAll("li time")];
    expect(times.map((time) => time.getAttribute("datetime"))).toEqual([
      "1990",
      "2022-02",
      "2024-10-27",
    ]);
    // The timeline also has a year BCE, so common-era years say "CE".
    expect(texts(times)).toEqual(["The nineties", "February 2022 CE", "October 27, 2024 CE"]);
    // HTML has no datetime form for a year BCE (-0044 is 45 BCE): the label is shown without <time>.
    const ancient = document.querySelector("li");
    expect(ancient?.textContent).toContain("45 BCE");
    expect(ancient?.querySelector("time")).toBeNull();
  });

  it("shows story text that looks like HTML as text, and creates no element from it", () => {
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("b")).toBeNull();
    expect(document.querySelector("h2")?.textContent).toBe(`Timeline ${HOSTILE}`);
    expect(document.body.textContent).toContain(`Summary with "quotes" & <b>tags</b>`);
    expect(html).not.toContain("<img");
  });

  it("wraps the list in a marked element in the story's language", () => {
    const root = document.querySelector(".backstory-fallback");
    expect(root?.getAttribute("data-backstory-fallback")).toBe("timeline");
    expect(root?.getAttribute("lang")).toBe("en");
  });

  it("takes a heading level and escaped wrapper attributes", () => {
    const custom = parse(
      timelineFallbackHtml(story, {
        headingLevel: 3,
        attributes: { style: 'max-height:30rem" onclick="alert(1)' },
      }),
    );
    expect(custom.querySelector("h3")).not.toBeNull();
    const root = custom.querySelector(".backstory-fallback");
    expect(root?.getAttribute("style")).toBe('max-height:30rem" onclick="alert(1)');
    expect(root?.hasAttribute("onclick")).toBe(false);
    expect(() => timelineFallbackHtml(story, { attributes: { "on click": "x" } })).toThrow(
      /not an attribute name/,
    );
  });
});

describe("quizFallbackHtml", () => {
  const html = quizFallbackHtml(story);
  const document = parse(html);
  const questions = [...document.querySelectorAll(".backstory-fallback > ol > li")];

  it("lists every question with its prompt", () => {
    expect(document.querySelector("h2")?.textContent).toBe("Quiz title");
    expect(document.querySelector(".backstory-fallback > p")?.textContent).toBe("An intro.");
    expect(questions.map((question) => question.querySelector("p")?.textContent)).toEqual([
      `Which ${HOSTILE}?`,
      "Which two? (Choose 2.)",
      "True or not?",
      "Put these in order.",
    ]);
  });

  it("lists the choices of each question outside the answer", () => {
    const choices = questions.map((question) =>
      texts(question.querySelectorAll(":scope > ul > li")),
    );
    expect(choices).toEqual([
      ["Choice A", HOSTILE],
      ["X", "Y", "Z"],
      ["True", "False"],
      // Alphabetical, not the answer's order.
      ["Late event", "Middle event"],
    ]);
  });

  it("puts each answer and its explanation inside a closed <details>", () => {
    const details = questions.map((question) => question.querySelector("details"));
    expect(details.every((element) => element && !element.hasAttribute("open"))).toBe(true);
    expect(texts(details.map((element) => element?.querySelector("summary") as Element))).toEqual(
      Array(4).fill("Show the answer"),
    );
    const [single, multiple, trueFalse, order] = details;
    expect(single?.textContent).toContain(`The answer: ${HOSTILE}`);
    expect(single?.textContent).toContain("Because B.");
    expect(texts(multiple?.querySelectorAll("ul > li") ?? [])).toEqual(["X", "Z"]);
    expect(trueFalse?.textContent).toContain("The answer: False");
    expect(texts(order?.querySelectorAll("ol > li") ?? [])).toEqual(["Middle event", "Late event"]);
    expect(order?.textContent).toContain("Middle came first.");
  });

  it("creates no element from question or choice text", () => {
    expect(document.querySelector("img")).toBeNull();
    expect(html).not.toContain("<img");
  });

  it("takes replacement words", () => {
    const words = parse(
      quizFallbackHtml(story, { words: { showAnswer: "Antwort zeigen", true: "Wahr" } }),
    );
    expect(words.querySelector("summary")?.textContent).toBe("Antwort zeigen");
    expect(words.body.textContent).toContain("Wahr");
  });

  it("says what the quiz element says, from the one English source", () => {
    const text = parse(quizFallbackHtml(story)).body.textContent ?? "";
    for (const word of [
      ENGLISH_QUIZ_STRINGS.correctOrder,
      ENGLISH_QUIZ_STRINGS.true,
      ENGLISH_QUIZ_STRINGS.false,
    ]) {
      expect(text).toContain(word);
    }
    expect(ENGLISH_FALLBACK_WORDS.answer).toBe(ENGLISH_QUIZ_STRINGS.correctAnswer);
    expect(ENGLISH_FALLBACK_WORDS.chooseCount).toBe(ENGLISH_QUIZ_STRINGS.pickCount);
  });

  it("fills its placeholders for the story's language", () => {
    const arabic = { ...story, article: { ...story.article, language: "ar" } };
    const text = parse(
      quizFallbackHtml(arabic, { words: { answer: "الجواب: {answer}", chooseCount: "({count})" } }),
    ).body.textContent;
    expect(text).not.toMatch(/\{(answer|count)\}/);
    expect(text).toContain("الجواب: ");
  });

  it("is empty for a story without a quiz", () => {
    expect(quizFallbackHtml({ ...story, quiz: undefined })).toBe("");
  });
});

describe("fallbackHtml on the article's story", () => {
  const input = JSON.parse(readFileSync("data/musk-spacex/story.json", "utf8"));
  const result = validateStory(input);

  it.runIf(result.ok)("has every event and every question", () => {
    if (!result.ok) return;
    const timeline = parse(fallbackHtml(result.story, "timeline"));
    expect(timeline.querySelectorAll("ol > li")).toHaveLength(result.story.timeline.events.length);
    expect(timeline.querySelectorAll("ol > li time").length).toBeGreaterThan(0);
    const quiz = parse(fallbackHtml(result.story, "quiz"));
    expect(quiz.querySelectorAll(".backstory-fallback > ol > li")).toHaveLength(
      result.story.quiz?.questions.length ?? 0,
    );
    expect(quiz.querySelectorAll("details")).toHaveLength(result.story.quiz?.questions.length ?? 0);
  });
});

describe("timelineFallbackHtml: what the product promises, without JavaScript", () => {
  const story = ancientStory();
  story.timeline.events.forEach((event, index) => {
    event.citation.paragraph = index + 2;
  });
  const document = parse(timelineFallbackHtml(story, { headingLevel: 2 }));

  it("keeps each event's verified quote, its paragraph and a link to it in the article", () => {
    const quotes = [...document.querySelectorAll("li q")];
    expect(quotes).toHaveLength(5);
    const first = quotes[0]?.parentElement as Element;
    expect(first.querySelector("q")?.textContent).toBe(
      "The Museum was founded in the early third century BCE.",
    );
    expect(first.textContent).toBe(
      "The Museum was founded in the early third century BCE.Paragraph 2 of the article. Read it in the article",
    );
    const href =
      "https://example.org/library#:~:text=The%20Museum%20was%20founded%20in%20the%20early%20third%20century%20BCE.";
    expect(first.querySelector("a")?.getAttribute("href")).toBe(href);
    expect(first.querySelector("q")?.getAttribute("cite")).toBe(href);
  });

  it("links into the page itself when the story has no article address", () => {
    const local = ancientStory();
    delete local.article.url;
    const link = parse(timelineFallbackHtml(local)).querySelector("li a");
    expect(link?.getAttribute("href")).toMatch(/^#:~:text=The%20Museum/);
  });

  it("keeps the date notes", () => {
    expect(document.querySelector("li")?.textContent).toContain(
      "The article says only “the early third century BCE”.",
    );
  });

  it("puts each era as a heading over its events, numbering on", () => {
    expect(texts(document.querySelectorAll("h3"))).toEqual([
      "Under the Ptolemies",
      "Roman Egypt",
      "The new library",
    ]);
    const lists = [...document.querySelectorAll("ol")];
    expect(lists.map((list) => list.getAttribute("start"))).toEqual([null, "4", "5"]);
    expect(lists.map((list) => list.children.length)).toEqual([3, 1, 1]);
    expect(lists[0]?.previousElementSibling?.textContent).toBe("Under the Ptolemies");
  });

  it("writes years as the story's era style, with CE beside BCE, and no <time> for years BCE", () => {
    const dates = [...document.querySelectorAll("li > p:first-child > :first-child")];
    expect(
      dates.map((date) => [date.tagName, date.getAttribute("datetime"), date.textContent]),
    ).toEqual([
      ["SPAN", null, "300–201 BCE"],
      ["SPAN", null, "283 BCE"],
      ["SPAN", null, "c. 240 BCE"],
      ["TIME", "0272", "272 CE"],
      ["TIME", "2002-10-16", "October 16, 2002 CE"],
    ]);
    const bc = ancientStory();
    bc.timeline.eraStyle = "bc";
    expect(parse(timelineFallbackHtml(bc)).querySelector("ol")?.textContent).toContain("283 BC:");
  });
});

describe("quizFallbackHtml: citations", () => {
  it("gives each answer its verified quote and paragraph", () => {
    const document = parse(
      quizFallbackHtml(
        storyFrom({
          ...story,
          quiz: {
            ...story.quiz,
            questions: story.quiz?.questions.map((q) => ({
              ...q,
              citation: { quote: "A quote.", paragraph: 3 },
            })),
          },
        }),
      ),
    );
    const citations = texts(document.querySelectorAll("details q"));
    expect(citations).toEqual(["A quote.", "A quote.", "A quote.", "A quote."]);
    expect(document.querySelector("details q")?.parentElement?.textContent).toBe(
      "A quote.Paragraph 3 of the article. Read it in the article",
    );
  });
});
