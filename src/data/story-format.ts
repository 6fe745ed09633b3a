/**
 * The story-file format, version 1: the one description from which the TypeScript types, the
 * runtime validator and the JSON Schema (`schema/story.schema.json`) all come.
 *
 * Pure data code: no Lit, no DOM.
 */
import { ERA_STYLES, isStoryDate } from "./edtf-date.js";
import { safeAddress } from "./safe-address.js";
import {
  array,
  boolean,
  type Infer,
  literal,
  number,
  object,
  oneOf,
  optional,
  quoteValue,
  string,
  variant,
} from "./schema.js";

/** Format versions this build reads. */
export { SUPPORTED_VERSIONS } from "./story-version.js";

export const QUESTION_TYPES = ["single", "multiple", "true-false", "order"] as const;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const HTTP_URL_PATTERN = /^https?:\/\/\S+$/i;

const text = () => string({ nonEmpty: true });

const id = () =>
  string({
    pattern: ID_PATTERN,
    rules: [
      [
        (value) => ID_PATTERN.test(value),
        (value) =>
          `${quoteValue(value)} is not a valid id. Use lower-case letters, digits and hyphens, e.g. "starlink-ukraine".`,
      ],
    ],
  });

const edtfDate = () =>
  string({
    rules: [
      [
        isStoryDate,
        (value) =>
          `${quoteValue(value)} is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024-02"; "199X" for a decade; add "~" for approximate, "?" for uncertain; "start/end" for a span.`,
      ],
    ],
  });

/**
 * Marks an item proposed by `backstory draft` or `backstory import` that an editor has not yet
 * reviewed: `check` and `build` refuse a story that still has one.
 */
const draft = () => optional(boolean());

const httpUrl = () =>
  string({
    pattern: HTTP_URL_PATTERN,
    rules: [
      [
        (value) => HTTP_URL_PATTERN.test(value),
        (value) =>
          `${quoteValue(value)} is not a web address. Links must start with http:// or https://.`,
      ],
    ],
  });

export const CitationSchema = object({
  /** A verbatim quote from the article. */
  quote: text(),
  /** Paragraph of the article the quote was found in, counted from 1. Added by `backstory build`. */
  paragraph: optional(number({ integer: true, min: 1 })),
  /** The article's words just before and after the quote, in its paragraph. Added by `backstory build`. */
  before: optional(string()),
  after: optional(string()),
});

// An image address is read as a browser reads it (spaces and controls at the ends and tabs and
// line breaks anywhere dropped) and must be http(s) or relative: "javascript:" and "file:" are not.
const isImageAddress = (value: string) => safeAddress(value) !== undefined;

const imageAddress = () =>
  string({
    nonEmpty: true,
    pattern: /^(?![\0- ]*(?![Hh][Tt][Tt][Pp][Ss]?:)[A-Za-z][A-Za-z\d+.-]*:)/,
    rules: [
      [
        isImageAddress,
        (value) =>
          `${quoteValue(value)} is not an address images are shown from. Use one that starts with https:// or http://, or one relative to the page, such as "images/launch.jpg".`,
      ],
    ],
  });

export const ImageSchema = object({
  /** The image's address: https://, http:// or relative to the page. */
  src: imageAddress(),
  /** Describes the image for readers who cannot see it; "" only for a purely decorative image. */
  alt: string(),
  credit: optional(text()),
});

export const LinkSchema = object({
  url: httpUrl(),
  label: optional(text()),
});

export const EventSchema = object({
  id: id(),
  date: edtfDate(),
  /** Replaces the formatted date, e.g. "Early in the war". */
  displayDate: optional(text()),
  /** Says where the date comes from when the article does not give it. */
  dateNote: optional(text()),
  title: text(),
  summary: text(),
  tags: optional(array(text())),
  era: optional(id()),
  image: optional(ImageSchema),
  link: optional(LinkSchema),
  citation: CitationSchema,
  draft: draft(),
});

export const EraSchema = object({
  id: id(),
  label: text(),
  start: edtfDate(),
  end: edtfDate(),
});

export const ChoiceSchema = object({
  id: id(),
  text: text(),
});

const questionBase = {
  id: id(),
  prompt: text(),
  explanation: text(),
  citation: CitationSchema,
  /** The timeline event this question is about. */
  eventId: optional(id()),
  draft: draft(),
};

const choices = () => array(ChoiceSchema, [2, "needs at least two choices."]);

export const SingleChoiceQuestionSchema = object({
  ...questionBase,
  type: literal("single"),
  choices: choices(),
  /** Id of the correct choice. */
  answer: id(),
});

export const MultipleSelectQuestionSchema = object({
  ...questionBase,
  type: literal("multiple"),
  choices: choices(),
  /** Ids of every correct choice. */
  answers: array(id(), [1, "needs at least one correct choice."]),
  /** Tell the reader how many choices to pick. */
  showCount: optional(boolean()),
});

export const TrueFalseQuestionSchema = object({
  ...questionBase,
  type: literal("true-false"),
  answer: boolean(),
});

export const OrderQuestionSchema = object({
  ...questionBase,
  type: literal("order"),
  /** Ids of timeline events, in the correct order. */
  events: array(id(), [2, "needs at least two events to put in order."]),
});

export const QuestionSchema = variant("type", [
  SingleChoiceQuestionSchema,
  MultipleSelectQuestionSchema,
  TrueFalseQuestionSchema,
  OrderQuestionSchema,
]);

export const ResultBandSchema = object({
  id: id(),
  /** Lowest score in the band, inclusive. */
  min: number({ integer: true, min: 0 }),
  /** Highest score in the band, inclusive. */
  max: number({ integer: true, min: 0 }),
  title: text(),
  text: text(),
});

const DAY_PATTERN = /^\d{4}-\d\d-\d\d$/;

const articleDate = () =>
  string({
    pattern: DAY_PATTERN,
    rules: [
      [
        (value) => DAY_PATTERN.test(value) && isStoryDate(value),
        (value) =>
          `${quoteValue(value)} is not a date. Use YYYY-MM-DD, the day the article was published, e.g. "2024-10-30".`,
      ],
    ],
  });

export const ArticleSchema = object({
  headline: text(),
  /** Says whose headline it is when it is not the publication's. */
  headlineNote: optional(text()),
  /** What the text tells of its source, and no more. */
  source: text(),
  /** BCP 47 language tag, e.g. "en" or "en-US". */
  language: string({
    rules: [
      [
        isLanguageTag,
        (value) =>
          `${quoteValue(value)} is not a language tag. Use a BCP 47 tag such as "en", "en-US" or "ar".`,
      ],
    ],
  }),
  /** Web address of the article, only when it is known. */
  url: optional(httpUrl()),
  /**
   * The day the article was published (its dateline), YYYY-MM-DD, only when it is known: what "in
   * February" and "last year" in it are counted from.
   */
  date: optional(articleDate()),
  draft: draft(),
});

export const StorySchema = object({
  $schema: optional(string()),
  version: number(),
  id: id(),
  article: ArticleSchema,
  timeline: object({
    title: optional(text()),
    /** How years before 1 CE are labelled, as the article writes them: "bce" (the default) or "bc". */
    eraStyle: optional(oneOf(ERA_STYLES)),
    eras: optional(array(EraSchema)),
    events: array(EventSchema),
  }),
  quiz: optional(
    object({
      title: text(),
      intro: optional(text()),
      questions: array(QuestionSchema, [1, "needs at least one question."]),
      results: array(ResultBandSchema, [1, "needs at least one result band."]),
      /** Show each reader the choices in an order of their own, the same on every reload. */
      shuffleChoices: optional(boolean()),
      draft: draft(),
    }),
  ),
  /** Written by `backstory build`: the fingerprint of the story as it was checked (story-seal.ts). */
  checked: optional(string({ nonEmpty: true })),
});

export type Story = Infer<typeof StorySchema>;
export type Article = Story["article"];
export type TimelineEvent = Infer<typeof EventSchema>;
export type Era = Infer<typeof EraSchema>;
export type Citation = Infer<typeof CitationSchema>;
export type Quiz = NonNullable<Story["quiz"]>;
export type Question = Infer<typeof QuestionSchema>;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type SingleChoiceQuestion = Infer<typeof SingleChoiceQuestionSchema>;
export type MultipleSelectQuestion = Infer<typeof MultipleSelectQuestionSchema>;
export type TrueFalseQuestion = Infer<typeof TrueFalseQuestionSchema>;
export type OrderQuestion = Infer<typeof OrderQuestionSchema>;
export type ResultBand = Infer<typeof ResultBandSchema>;
export type Choice = Infer<typeof ChoiceSchema>;

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
