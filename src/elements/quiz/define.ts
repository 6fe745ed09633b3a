import { defineOnce } from "../shared/define-once.js";
import { BackstoryQuiz } from "./backstory-quiz.js";

defineOnce("backstory-quiz", BackstoryQuiz);

declare global {
  interface HTMLElementTagNameMap {
    "backstory-quiz": BackstoryQuiz;
  }
}
