import { defineOnce } from "../shared/define-once.js";
import {
  type BackstoryAnswerDetail,
  type BackstoryCompleteDetail,
  BackstoryQuiz,
} from "./backstory-quiz.js";

defineOnce("backstory-quiz", BackstoryQuiz);

declare global {
  interface HTMLElementTagNameMap {
    "backstory-quiz": BackstoryQuiz;
  }
  interface GlobalEventHandlersEventMap {
    "backstory-answer": CustomEvent<BackstoryAnswerDetail>;
    "backstory-complete": CustomEvent<BackstoryCompleteDetail>;
  }
}
