/**
 * Words that both the quiz element and the no-JavaScript fallback show, written once so that the
 * two never drift apart. `{…}` placeholders are filled by `fillTemplate`.
 *
 * Pure data code: no Lit, no DOM.
 */
export const SHARED_ENGLISH = {
  true: "True",
  false: "False",
  /** After a multiple-select prompt whose data says how many to pick: `{count}`. */
  pickCount: "(Choose {count}.)",
  /** The right answer of a question: `{answer}`. */
  correctAnswer: "The answer: {answer}",
  /** Label of the right order of an ordering question. */
  correctOrder: "The right order",
  /** Where a quote sits in the article: `{paragraph}`. */
  paragraph: "Paragraph {paragraph} of the article.",
  /** The link from a quote to its place in the article. */
  readInArticle: "Read it in the article",
} as const;
