/**
 * Every English word the quiz shows or announces. Replace any of them through the element's
 * `strings` property, e.g. `quiz.strings = { check: "Vérifier" }`. Placeholders in braces are
 * filled in; numbers are formatted for the element's `lang` through `Intl`.
 */
import { SHARED_ENGLISH } from "../../data/english-words.js";
import { type CitationStrings, ENGLISH_CITATION_STRINGS } from "../shared/citation.js";
import { ENGLISH_STATUS_STRINGS, type StatusStrings } from "../shared/story-status.js";

export interface QuizStrings extends StatusStrings, CitationStrings {
  /** Shown and announced for each question: `{n}`, `{total}`. */
  progress: string;
  /** After a multiple-select prompt whose data says how many to pick: `{count}`. */
  pickCount: string;
  true: string;
  false: string;
  check: string;
  next: string;
  /** The last question's next button. */
  finish: string;
  back: string;
  /** Shown and announced when Check is pressed with nothing chosen. */
  nothingChosen: string;
  /** Feedback headline, also announced. */
  correct: string;
  /** Feedback headline, also announced. */
  incorrect: string;
  /** `{answer}` */
  correctAnswer: string;
  /** `{answer}` */
  yourAnswer: string;
  noAnswer: string;
  yourOrder: string;
  correctOrder: string;
  seeOnTimeline: string;
  /** Next to the event "See it on the timeline" showed: `{n}`. */
  backToQuestion: string;
  /** Name of the move-up button: `{title}`. */
  moveUp: string;
  /** Name of the move-down button: `{title}`. */
  moveDown: string;
  /** Announced after a move: `{title}`, `{position}`, `{total}`. */
  moved: string;
  /** Results heading, also announced with the band title: `{score}`, `{total}`. */
  score: string;
  review: string;
  tryAgain: string;
  /** Announced after Try again, before the first question's progress. */
  restarted: string;
  share: string;
  /** The shared text: `{score}`, `{total}`, `{title}`, `{url}`. */
  shareText: string;
  /** Announced when the result was copied. */
  copied: string;
  /** Label of the text to copy by hand when the clipboard cannot be used; also announced. */
  copyByHand: string;
  /** Marks the right choices once an answer is checked, and in print. */
  rightChoice: string;
  /** Marks the reader's wrong pick once an answer is checked. */
  yourChoice: string;
  /** For the editor, when the story has no quiz. */
  noQuiz: string;
}

export const ENGLISH_QUIZ_STRINGS: QuizStrings = {
  ...ENGLISH_STATUS_STRINGS,
  ...ENGLISH_CITATION_STRINGS,
  progress: "Question {n} of {total}",
  pickCount: SHARED_ENGLISH.pickCount,
  true: SHARED_ENGLISH.true,
  false: SHARED_ENGLISH.false,
  check: "Check answer",
  next: "Next question",
  finish: "See your result",
  back: "Previous question",
  nothingChosen: "Choose an answer first, then check it.",
  correct: "Correct",
  incorrect: "Not quite",
  correctAnswer: SHARED_ENGLISH.correctAnswer,
  yourAnswer: "Your answer: {answer}",
  noAnswer: "none",
  yourOrder: "Your order",
  correctOrder: SHARED_ENGLISH.correctOrder,
  seeOnTimeline: "See it on the timeline",
  backToQuestion: "Back to question {n}",
  moveUp: "Move {title} up",
  moveDown: "Move {title} down",
  moved: "{title} moved to position {position} of {total}",
  score: "You got {score} of {total} right",
  review: "Your answers",
  tryAgain: "Try again",
  restarted: "Quiz started again.",
  share: "Share your result",
  shareText: "I got {score} of {total} right in the quiz “{title}”. {url}",
  copied: "Result copied, with the page’s address.",
  copyByHand: "Copy this text to share your result",
  rightChoice: "Right answer",
  yourChoice: "Your answer",
  noQuiz:
    "This story has no quiz. Add a “quiz” section to the story file, or use <backstory-timeline> for this story.",
};
