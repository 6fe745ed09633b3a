/**
 * Backstory's element classes and data code, without side effects: importing this module
 * registers nothing. Import `backstory/define.js` to register the elements.
 */

export * from "./data/index.js";
export { BackstoryQuiz } from "./elements/quiz/backstory-quiz.js";
export { BackstoryTimeline } from "./elements/timeline/backstory-timeline.js";
