/**
 * React 18 components for both elements, made with `@lit/react`: properties are set as
 * properties (so `story` and `strings` take objects) and the elements' events are `on…` props.
 * React 19 passes properties and events to custom elements itself: use the elements there.
 *
 * A separate entry point (`backstory/react.js`): the script-tag bundle never includes it.
 */
import { createComponent, type EventName } from "@lit/react";
import * as React from "react";
import { BackstoryQuiz as QuizElement } from "./elements/quiz/backstory-quiz.js";
import "./elements/quiz/define.js";
import type {
  BackstoryAnswerDetail,
  BackstoryCompleteDetail,
  BackstoryReadyDetail,
  BackstorySelectDetail,
} from "./elements/shared/events.js";
import { BackstoryTimeline as TimelineElement } from "./elements/timeline/backstory-timeline.js";
import "./elements/timeline/define.js";

const ready = "backstory-ready" as EventName<CustomEvent<BackstoryReadyDetail>>;

export const BackstoryTimeline = createComponent({
  tagName: "backstory-timeline",
  elementClass: TimelineElement,
  react: React,
  events: {
    onBackstoryReady: ready,
    onBackstorySelect: "backstory-select" as EventName<CustomEvent<BackstorySelectDetail>>,
  },
  displayName: "BackstoryTimeline",
});

export const BackstoryQuiz = createComponent({
  tagName: "backstory-quiz",
  elementClass: QuizElement,
  react: React,
  events: {
    onBackstoryReady: ready,
    onBackstoryAnswer: "backstory-answer" as EventName<CustomEvent<BackstoryAnswerDetail>>,
    onBackstoryComplete: "backstory-complete" as EventName<CustomEvent<BackstoryCompleteDetail>>,
  },
  displayName: "BackstoryQuiz",
});
