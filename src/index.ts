/**
 * Backstory's element classes and data code, without side effects: importing this module
 * registers nothing. Import `backstory/define.js` to register the elements.
 */

export * from "./data/index.js";
export { BackstoryQuiz } from "./elements/quiz/backstory-quiz.js";
export type { QuizStrings } from "./elements/quiz/strings.js";
export type { CitationStrings } from "./elements/shared/citation.js";
export type {
  BackstoryAnswerDetail,
  BackstoryCompleteDetail,
  BackstoryEventMap,
  BackstoryReadyDetail,
  BackstorySelectDetail,
  SelectCause,
} from "./elements/shared/events.js";
export type { StatusStrings } from "./elements/shared/story-status.js";
export { BackstoryTimeline } from "./elements/timeline/backstory-timeline.js";
export type { TimelineStrings } from "./elements/timeline/strings.js";
