import type { Meta, StoryObj } from "@storybook/web-components";
import { html } from "lit";
import { within } from "shadow-dom-testing-library";
import { expect, fn, userEvent } from "storybook/test";
import { correctAnswer } from "../src/data/quiz-scoring.js";
import type {
  OrderQuestion,
  Question,
  QuestionType,
  ResultBand,
} from "../src/data/story-format.js";
import { ENGLISH_QUIZ_STRINGS } from "../src/elements/quiz/strings.js";
import { resetFlakyFile, STORY_FILES } from "./support/fake-network.js";
import {
  articleQuiz,
  articleStory,
  invalidStory,
  saveArticleProgress,
  storyWithOneQuestion,
  wrongAnswer,
} from "./support/fixtures.js";
import { expectNoSidewaysScroll, settled } from "./support/play.js";
import {
  commonArgTypes,
  eventArgTypes,
  type QuizArgs,
  renderQuiz,
  renderTimeline,
  tokenArgTypes,
} from "./support/render.js";

const t = ENGLISH_QUIZ_STRINGS;
const quiz = articleQuiz();
const total = quiz.questions.length;
const first = quiz.questions[0] as Question;

const meta = {
  title: "Widgets/Quiz",
  component: "backstory-quiz",
  render: renderQuiz,
  // Stories start from a clean slate unless they are about saved progress.
  args: {
    story: articleStory(),
    theme: "auto",
    "heading-level": 2,
    "no-persist": true,
    onBackstoryAnswer: fn(),
    onBackstoryComplete: fn(),
    onBackstoryReady: fn(),
  },
  argTypes: {
    ...commonArgTypes,
    "no-persist": { control: "boolean", table: { category: "attributes" } },
    noPersist: { control: false },
    ...eventArgTypes(["backstory-answer", "backstory-complete", "backstory-ready"]),
    ...tokenArgTypes("backstory-quiz"),
  },
  play: async ({ canvasElement }) => settled(canvasElement),
} satisfies Meta<QuizArgs>;

export default meta;
type Story = StoryObj<QuizArgs>;

/** The visible text of an answer's choices, as the quiz labels its inputs. */
function choiceNames(question: Question, ids: string[]): string[] {
  if (question.type === "true-false") return ids.map((id) => (id === "true" ? t.true : t.false));
  if (question.type === "order") return [];
  return ids.map((id) => question.choices.find((choice) => choice.id === id)?.text ?? id);
}

/** Visible text only: the live region repeats what it announces, unseen. */
const seen = { ignore: "script, style, [role=status]" };

/** Picks the given choices of the current question and presses Check. */
async function answer(canvasElement: HTMLElement, question: Question, ids: string[]) {
  await settled(canvasElement);
  const screen = within(canvasElement);
  const role = question.type === "multiple" ? "checkbox" : "radio";
  for (const name of choiceNames(question, ids)) {
    await userEvent.click(await screen.findByShadowRole(role, { name }));
  }
  await userEvent.click(screen.getByShadowRole("button", { name: t.check }));
}

/**
 * The article's quiz, at its first question. Most stories set `no-persist` so that each starts
 * fresh; the result and restored-progress stories use saved progress on purpose.
 */
export const Start: Story = {};

const oneQuestion = (type: QuestionType): Story => ({
  args: { story: storyWithOneQuestion(type) },
});

/** One right answer among several: radio buttons. */
export const SingleChoice = oneQuestion("single");
/** Several right answers: checkboxes. */
export const MultipleSelect = oneQuestion("multiple");
export const TrueFalse = oneQuestion("true-false");
/** Put events in order: move buttons for keyboard and screen-reader users, or drag. */
export const Order = oneQuestion("order");

const orderQuestion = storyWithOneQuestion("order").quiz?.questions[0] as OrderQuestion;

/** A keyboard or screen-reader user puts the events in order with the move buttons, then checks. */
export const OrderByKeyboard: Story = {
  args: { story: storyWithOneQuestion("order") },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const screen = within(canvasElement);
    const story = articleStory();
    const titleOf = (id: string) =>
      story.timeline.events.find((event) => event.id === id)?.title ?? id;
    const items = () => screen.getAllByShadowRole("listitem").map((item) => item.textContent ?? "");
    for (const [target, id] of orderQuestion.events.entries()) {
      const title = titleOf(id);
      const position = items().findIndex((text) => text.trim().startsWith(title));
      for (let step = position; step > target; step--) {
        await userEvent.click(
          screen.getByShadowRole("button", { name: t.moveUp.replace("{title}", title) }),
        );
      }
    }
    await userEvent.click(screen.getByShadowRole("button", { name: t.check }));
    await expect(await screen.findByShadowText(t.correct, seen)).toBeVisible();
  },
};

export const AnsweredCorrectly: Story = {
  play: async ({ canvasElement, args }) => {
    await answer(canvasElement, first, correctAnswer(first));
    const screen = within(canvasElement);
    await expect(await screen.findByShadowText(t.correct, seen)).toBeVisible();
    await expect(screen.getByShadowRole("status")).toHaveTextContent(t.correct);
    await expect(args.onBackstoryAnswer).toHaveBeenCalledWith(
      expect.objectContaining({
        detail: { questionId: first.id, chosen: correctAnswer(first), correct: true },
      }),
    );
  },
};

export const AnsweredWrongly: Story = {
  play: async ({ canvasElement, args }) => {
    await answer(canvasElement, first, wrongAnswer(first));
    const screen = within(canvasElement);
    await expect(await screen.findByShadowText(t.incorrect, seen)).toBeVisible();
    await expect(screen.getByShadowRole("status")).toHaveTextContent(t.incorrect);
    const [rightText = ""] = choiceNames(first, correctAnswer(first));
    await expect(
      screen.getByShadowText(t.correctAnswer.replace("{answer}", rightText)),
    ).toBeVisible();
    await expect(args.onBackstoryAnswer).toHaveBeenCalledWith(
      expect.objectContaining({ detail: expect.objectContaining({ correct: false }) }),
    );
  },
};

/** Check pressed with nothing chosen: a message, not a wrong answer. */
export const NothingSelected: Story = {
  play: async ({ canvasElement, args }) => {
    await answer(canvasElement, first, []);
    await expect(await within(canvasElement).findByShadowText(t.nothingChosen, seen)).toBeVisible();
    await expect(args.onBackstoryAnswer).not.toHaveBeenCalled();
  },
};

/**
 * The result page in band `index` of the article's quiz (a score in the band's middle), from
 * progress a reader saved: so it needs persistence on.
 */
const resultInBand = (index: number): Story => {
  const band = quiz.results[Math.min(index, quiz.results.length - 1)] as ResultBand;
  const score = Math.floor((band.min + band.max) / 2);
  return {
    name: `Result: ${band.title} (${score} of ${total})`,
    args: { "no-persist": false },
    beforeEach: () => saveArticleProgress(total, score),
    play: async ({ canvasElement }) => {
      const screen = within(canvasElement);
      const heading = t.score.replace("{score}", String(score)).replace("{total}", String(total));
      await expect(await screen.findByShadowRole("heading", { name: heading })).toBeVisible();
      await expect(screen.getByShadowText(band.title)).toBeVisible();
    },
  };
};

export const ResultLowestBand = resultInBand(0);
export const ResultSecondBand = resultInBand(1);
export const ResultThirdBand = resultInBand(2);
export const ResultTopBand = resultInBand(3);

/** The result with the review opened from a dot: every answer, the right one beside a wrong one. */
export const ResultReviewOpen: Story = {
  ...resultInBand(1),
  name: "Result: review opened from a dot",
  play: async ({ canvasElement }) => {
    const screen = within(canvasElement);
    const dot = await screen.findByShadowRole("link", {
      name: `Question ${total} of ${total}: ${t.incorrect}`,
    });
    await userEvent.click(dot);
    await expect(screen.getByShadowRole("button", { name: t.review })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
  },
};

/** A story with `quiz.shuffleChoices`: each reader gets the choices in an order of their own. */
export const ShuffledChoices: Story = {
  args: { story: { ...articleStory(), quiz: { ...articleQuiz(), shuffleChoices: true } } },
};

/** A returning reader: three questions answered, carried on at the fourth. */
export const RestoredProgress: Story = {
  args: { "no-persist": false },
  beforeEach: () => saveArticleProgress(3, 2),
  play: async ({ canvasElement }) => {
    const progress = t.progress.replace("{n}", "4").replace("{total}", String(total));
    await expect(await within(canvasElement).findByShadowText(progress)).toBeVisible();
  },
};

export const InvalidData: Story = {
  args: { story: invalidStory() },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByShadowRole("alert")).toHaveTextContent(
      t.problem,
    );
  },
};

/** `src` points at a file that is not there (404). */
export const FetchFailure: Story = {
  args: { story: undefined, src: STORY_FILES.missing },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByShadowRole("alert");
    await expect(alert).toHaveTextContent("404");
  },
};

/** The server was busy once; Retry loads the quiz. */
export const RetryAfterFailure: Story = {
  args: { story: undefined, src: STORY_FILES.flaky },
  beforeEach: () => resetFlakyFile(),
  play: async ({ canvasElement }) => {
    const screen = within(canvasElement);
    const alert = await screen.findByShadowRole("alert");
    await userEvent.click(within(alert).getByShadowRole("button", { name: t.retry }));
    await expect(await screen.findByShadowRole("heading", { name: quiz.title })).toBeVisible();
  },
};

export const Loading: Story = {
  args: { story: undefined, src: STORY_FILES.never },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByShadowText(t.loading)).toBeVisible();
  },
};

/** A 375-pixel phone: choices and buttons stay within the screen. */
export const OnAPhone: Story = {
  globals: { viewport: { value: "phone", isRotated: false } },
  play: async ({ canvasElement }) => expectNoSidewaysScroll(canvasElement),
};

export const Dark: Story = {
  args: { theme: "dark" },
  globals: { scheme: "dark" },
};

const linked = quiz.questions.find((question) => question.eventId) as Question;

/** Beside the timeline of the same story, feedback offers "See it on the timeline". */
export const WithTimeline: Story = {
  args: { story: storyOfOneLinkedQuestion() },
  render: (args, context) => html`<div
    style="display: grid; gap: 2rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr)); align-items: start"
  >
    ${renderTimeline({ story: args.story, theme: args.theme, "heading-level": 2 }, context)}
    ${renderQuiz(args, context)}
  </div>`,
  play: async ({ canvasElement }) => {
    await answer(canvasElement, linked, correctAnswer(linked));
    const screen = within(canvasElement);
    await userEvent.click(await screen.findByShadowRole("button", { name: t.seeOnTimeline }));
    const event = articleStory().timeline.events.find((item) => item.id === linked.eventId);
    await expect(await screen.findByShadowRole("heading", { name: event?.title })).toBeVisible();
  },
};

/** The article's story with its first question about a timeline event moved to the front. */
function storyOfOneLinkedQuestion() {
  const story = articleStory();
  const questions = story.quiz?.questions ?? [];
  const at = questions.findIndex((question) => question.id === linked.id);
  questions.unshift(...questions.splice(at, 1));
  return story;
}
