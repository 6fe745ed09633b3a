/**
 * A web producer's or developer's module, compiled against the built package (`dist/*.d.ts`) as
 * an installed dependency, by its public name: the types and events it uses must be exported.
 * `npm test` compiles it after the build (`tsc -p test/types`); nothing here runs.
 */
import "backstory/define.js";
import type {
  BackstoryAnswerDetail,
  BackstoryCompleteDetail,
  BackstoryReadyDetail,
  BackstorySelectDetail,
  QuizStrings,
  SelectCause,
  Story,
  TimelineStrings,
} from "backstory";
import { type BackstoryQuiz, type BackstoryTimeline, validateStory } from "backstory";

const timeline = document.createElement("backstory-timeline");
const quiz = document.querySelector("backstory-quiz");
const tagged: BackstoryTimeline = timeline;
const found: BackstoryQuiz | null = quiz;

const french: Partial<TimelineStrings> = {
  previous: "Événement précédent",
  next: "Événement suivant",
};
const quizFrench: Partial<QuizStrings> = { check: "Vérifier" };
timeline.strings = french;
if (found) found.strings = quizFrench;

// Event listeners get typed details from the global event map, on elements and on document.
timeline.addEventListener("backstory-select", (event) => {
  const detail: BackstorySelectDetail = event.detail;
  const cause: SelectCause = detail.cause;
  if (cause === "hash") event.preventDefault();
});
document.addEventListener("backstory-answer", (event) => {
  const detail: BackstoryAnswerDetail = event.detail;
  console.log(detail.questionId, detail.chosen.join(), detail.correct);
});
document.addEventListener("backstory-complete", (event) => {
  const { score, total, bandId }: BackstoryCompleteDetail = event.detail;
  console.log(score, total, bandId ?? "no band");
});
document.addEventListener("backstory-ready", (event) => {
  const detail: BackstoryReadyDetail = event.detail;
  console.log(detail.storyId.toUpperCase());
});

// The data code is public too: a CMS plugin can check a story before it embeds it.
declare const candidate: unknown;
const result = validateStory(candidate);
if (result.ok) {
  const story: Story = result.story;
  tagged.story = story;
}

// Mistakes a consumer must be told about at compile time.
// @ts-expect-error: the select event's detail has no `questionId`.
timeline.addEventListener("backstory-select", (event) => event.detail.questionId);
// @ts-expect-error: `next` is a string in the timeline's texts.
timeline.strings = { next: 3 };
