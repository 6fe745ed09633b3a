/**
 * The story-file format, version 1: the one description from which the TypeScript types, the
 * runtime validator and the JSON Schema (`schema/story.schema.json`) all come.
 *
 * Pure data code: no Lit, no DOM.
 */
import * as v from "valibot";
import { isEdtfDate } from "./edtf-date.js";

/** Format versions this build reads. */
export const SUPPORTED_VERSIONS = [1] as const;

export const QUESTION_TYPES = ["single", "multiple", "true-false", "order"] as const;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const HTTP_URL_PATTERN = /^https?:\/\/[^\s]+$/i;

const text = () =>
  v.pipe(v.string(), v.trim(), v.nonEmpty("is empty. Write the text or remove the field."));

const id = () =>
  v.pipe(
    v.string(),
    v.regex(
      ID_PATTERN,
      (issue) =>
        `${JSON.stringify(issue.input)} is not a valid id. Use lower-case letters, digits and hyphens, e.g. "starlink-ukraine".`,
    ),
  );

const edtfDate = () =>
  v.pipe(
    v.string(),
    v.check(
      isEdtfDate,
      (issue) =>
        `${JSON.stringify(issue.input)} is not a date. Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024-02"; "199X" for a decade; add "~" for approximate, "?" for uncertain; "start/end" for a span.`,
    ),
  );

const httpUrl = () =>
  v.pipe(
    v.string(),
    v.regex(
      HTTP_URL_PATTERN,
      (issue) =>
        `${JSON.stringify(issue.input)} is not a web address. Links must start with http:// or https://.`,
    ),
  );

export const CitationSchema = v.strictObject({
  /** A verbatim quote from the article. */
  quote: text(),
  /** Paragraph of the article the quote was found in, counted from 1. Added by `backstory build`. */
  paragraph: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export const ImageSchema = v.strictObject({
  src: v.pipe(v.string(), v.nonEmpty()),
  alt: v.string(),
  credit: v.optional(text()),
});

export const LinkSchema = v.strictObject({
  url: httpUrl(),
  label: v.optional(text()),
});

export const EventSchema = v.strictObject({
  id: id(),
  date: edtfDate(),
  /** Replaces the formatted date, e.g. "Early in the war". */
  displayDate: v.optional(text()),
  /** Says where the date comes from when the article does not give it. */
  dateNote: v.optional(text()),
  title: text(),
  summary: text(),
  tags: v.optional(v.array(text())),
  era: v.optional(id()),
  image: v.optional(ImageSchema),
  link: v.optional(LinkSchema),
  citation: CitationSchema,
});

export const EraSchema = v.strictObject({
  id: id(),
  label: text(),
  start: edtfDate(),
  end: edtfDate(),
});

export const ChoiceSchema = v.strictObject({
  id: id(),
  text: text(),
});

const questionBase = {
  id: id(),
  prompt: text(),
  explanation: text(),
  citation: CitationSchema,
  /** The timeline event this question is about. */
  eventId: v.optional(id()),
};

export const SingleChoiceQuestionSchema = v.strictObject({
  ...questionBase,
  type: v.literal("single"),
  choices: v.pipe(v.array(ChoiceSchema), v.minLength(2, "needs at least two choices.")),
  /** Id of the correct choice. */
  answer: id(),
});

export const MultipleSelectQuestionSchema = v.strictObject({
  ...questionBase,
  type: v.literal("multiple"),
  choices: v.pipe(v.array(ChoiceSchema), v.minLength(2, "needs at least two choices.")),
  /** Ids of every correct choice. */
  answers: v.pipe(v.array(id()), v.minLength(1, "needs at least one correct choice.")),
  /** Tell the reader how many choices to pick. */
  showCount: v.optional(v.boolean()),
});

export const TrueFalseQuestionSchema = v.strictObject({
  ...questionBase,
  type: v.literal("true-false"),
  answer: v.boolean(),
});

export const OrderQuestionSchema = v.strictObject({
  ...questionBase,
  type: v.literal("order"),
  /** Ids of timeline events, in the correct order. */
  events: v.pipe(v.array(id()), v.minLength(2, "needs at least two events to put in order.")),
});

export const QuestionSchema = v.variant("type", [
  SingleChoiceQuestionSchema,
  MultipleSelectQuestionSchema,
  TrueFalseQuestionSchema,
  OrderQuestionSchema,
]);

export const ResultBandSchema = v.strictObject({
  id: id(),
  /** Lowest score in the band, inclusive. */
  min: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Highest score in the band, inclusive. */
  max: v.pipe(v.number(), v.integer(), v.minValue(0)),
  title: text(),
  text: text(),
});

export const ArticleSchema = v.strictObject({
  headline: text(),
  /** Says whose headline it is when it is not the publication's. */
  headlineNote: v.optional(text()),
  /** What the text tells of its source, and no more. */
  source: text(),
  /** BCP 47 language tag, e.g. "en" or "en-US". */
  language: v.pipe(
    v.string(),
    v.check(
      isLanguageTag,
      (issue) =>
        `${JSON.stringify(issue.input)} is not a language tag. Use a BCP 47 tag such as "en", "en-US" or "ar".`,
    ),
  ),
  /** Web address of the article, only when it is known. */
  url: v.optional(httpUrl()),
});

export const StorySchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.number(),
  id: id(),
  article: ArticleSchema,
  timeline: v.strictObject({
    title: v.optional(text()),
    eras: v.optional(v.array(EraSchema)),
    events: v.array(EventSchema),
  }),
  quiz: v.optional(
    v.strictObject({
      title: text(),
      intro: v.optional(text()),
      questions: v.pipe(v.array(QuestionSchema), v.minLength(1, "needs at least one question.")),
      results: v.pipe(v.array(ResultBandSchema), v.minLength(1, "needs at least one result band.")),
    }),
  ),
});

export type Story = v.InferOutput<typeof StorySchema>;
export type Article = Story["article"];
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Era = v.InferOutput<typeof EraSchema>;
export type Citation = v.InferOutput<typeof CitationSchema>;
export type Quiz = NonNullable<Story["quiz"]>;
export type Question = v.InferOutput<typeof QuestionSchema>;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type SingleChoiceQuestion = v.InferOutput<typeof SingleChoiceQuestionSchema>;
export type MultipleSelectQuestion = v.InferOutput<typeof MultipleSelectQuestionSchema>;
export type TrueFalseQuestion = v.InferOutput<typeof TrueFalseQuestionSchema>;
export type OrderQuestion = v.InferOutput<typeof OrderQuestionSchema>;
export type ResultBand = v.InferOutput<typeof ResultBandSchema>;
export type Choice = v.InferOutput<typeof ChoiceSchema>;

function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
