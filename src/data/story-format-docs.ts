/**
 * What each field of the story format is for, as editors see it in their editor through the JSON
 * Schema's `description` (and, for dates, a `pattern`). Kept beside the format rather than in it,
 * so that the bundle readers load carries none of it; the types make every field need its words.
 * Used at build time only.
 */
import type { Schema, SchemaDefinition } from "./schema.js";
import {
  ArticleSchema,
  ChoiceSchema,
  CitationSchema,
  EraSchema,
  EventSchema,
  ImageSchema,
  LinkSchema,
  MultipleSelectQuestionSchema,
  OrderQuestionSchema,
  type Quiz,
  ResultBandSchema,
  SingleChoiceQuestionSchema,
  StorySchema,
  TrueFalseQuestionSchema,
} from "./story-format.js";

type Shape = Record<string, Schema<unknown>>;
/** A field's description, or its description and the pattern an editor's checker can test. */
export type FieldDoc = string | { description: string; pattern: string };
type Docs<S extends Shape> = { [K in keyof S]: FieldDoc };

const POINT =
  "-?(?:\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?|\\d{3}X|\\d{2}XX)[~?%]?";

/** Story-file dates (see `edtf-date.ts`), as a JSON Schema pattern: a date, or a span of two. */
export const DATE_PATTERN = `^(?:${POINT}(?:/(?:${POINT}|\\.\\.)?)?|(?:\\.\\.)?/${POINT})$`;

const date = (what: string): FieldDoc => ({
  description: `${what} YYYY, YYYY-MM or YYYY-MM-DD ("2024-02", "2002-10-16"); 199X for a decade, 19XX for a century; years BCE negative, counting 1 BCE as 0000 (283 BCE is "-0282"); add ~ for approximate, ? for uncertain, % for both; "start/end" for a span, ".." for an open end.`,
  pattern: DATE_PATTERN,
});

const ID = 'An id: lower-case letters, digits and hyphens, e.g. "starlink-ukraine".';

const docs = new Map<SchemaDefinition, Record<string, FieldDoc>>();

function describeFields<S extends Shape>(
  schema: { shape: S; definition: SchemaDefinition },
  fields: Docs<S>,
) {
  docs.set(schema.definition, fields);
}

/** The words for the fields of an object schema, or `undefined` for one without them. */
export function fieldDocs(definition: SchemaDefinition): Record<string, FieldDoc> | undefined {
  return docs.get(definition);
}

const timeline = StorySchema.shape.timeline;
// An optional schema keeps the shape of the one it wraps; its type does not say so.
const quiz = StorySchema.shape.quiz as unknown as {
  shape: Record<keyof Quiz, Schema<unknown>>;
  definition: SchemaDefinition;
};

const DRAFT =
  "true marks a proposal of `backstory draft` or `backstory import` that no editor has reviewed yet; `check` and `build` refuse the story until it is removed.";

describeFields(StorySchema, {
  $schema: "Address of this JSON Schema, so that editors get completion and checks.",
  version: "Version of the story format: 1.",
  id: `${ID} Names the story, e.g. in saved quiz progress.`,
  article: "The article the story is made from.",
  timeline: "The timeline: its events, and optionally eras.",
  quiz: "The comprehension quiz (optional).",
  checked:
    "Written by `backstory build`: a fingerprint of the story as it was checked. A reader's browser shows a story whose fingerprint still matches without checking it again; after any edit it no longer matches, and the story is checked in full. Never write it by hand.",
});

describeFields(ArticleSchema, {
  headline: "The article's headline, as published.",
  headlineNote: "Says whose headline it is when it is not the publication's.",
  source: "What the text tells of its source, and no more.",
  language: 'BCP 47 language tag of the article, e.g. "en", "en-US" or "ar".',
  url: "Web address of the article, only when it is known (http:// or https://).",
  date: 'The day the article was published (its dateline), as YYYY-MM-DD, e.g. "2024-10-30", only when it is known. `backstory draft` and the studio count "in February", "last year" and "the next twelve months" from it.',
  draft: DRAFT,
});

describeFields(timeline, {
  title: "The timeline's heading.",
  eraStyle:
    'How years before 1 CE are labelled, as the article writes them: "bce" (283 BCE, 272 CE; the default) or "bc" (283 BC, 272 AD).',
  eras: "Named spans of time shown over the events, e.g. a presidency.",
  events: "The events, in any order: they are shown in date order.",
});

describeFields(EraSchema, {
  id: ID,
  label: "The era's name as readers see it.",
  start: date("When the era starts:"),
  end: date("When the era ends (not before it starts):"),
});

describeFields(EventSchema, {
  id: `${ID} Used in deep links and by quiz questions.`,
  date: date("When it happened:"),
  displayDate: 'Replaces the formatted date, e.g. "Early in the war".',
  dateNote: "Says where the date comes from when the article does not give it.",
  title: "The event's title, plain text.",
  summary: "What happened, in a sentence or two of plain text.",
  tags: "Topics readers can filter the timeline by.",
  era: "Id of the era the event belongs to (from timeline.eras).",
  image: "An image shown with the event.",
  link: "A link shown with the event.",
  citation: "The words of the article this event rests on.",
  draft: DRAFT,
});

describeFields(CitationSchema, {
  quote:
    "A verbatim quote from the article: `backstory build` checks it word for word (whitespace and straight or typographic quotes may differ).",
  paragraph: "Paragraph of the article the quote was found in, from 1. Added by `backstory build`.",
  before:
    "The article's few words just before the quote, in its paragraph. Added by `backstory build`: the link to the article asks for the quote after these words, so it lands on the article's passage and not on the widget's own copy of the quote.",
  after:
    "The article's few words just after the quote, in its paragraph. Added by `backstory build`, for the same reason as `before`.",
});

describeFields(ImageSchema, {
  src: "Address of the image.",
  alt: 'Describes the image for readers who cannot see it; "" only for a purely decorative image.',
  credit: "Who made the image, as the caption credits it.",
});

describeFields(LinkSchema, {
  url: "Where the link goes (http:// or https://).",
  label: "The link's text; the address itself when there is none.",
});

describeFields(quiz, {
  title: "The quiz's heading.",
  intro: "A sentence before the first question.",
  questions: "The questions, at least one, in the order readers answer them.",
  results: "Result bands: together they cover every score from 0 to the number of questions once.",
  shuffleChoices:
    "true shows each reader the choices of single- and multiple-choice questions in an order of their own, the same on every reload.",
  draft: DRAFT,
});

const question = {
  id: `${ID} Names the question, e.g. in saved progress.`,
  prompt: "The question, plain text.",
  explanation: "Shown after the reader answers: why the answer is right.",
  citation: "The words of the article the answer rests on.",
  eventId: "Id of the timeline event the question is about (from timeline.events).",
  draft: DRAFT,
};

describeFields(SingleChoiceQuestionSchema, {
  ...question,
  type: '"single": one correct choice.',
  choices: "The choices, at least two.",
  answer: "Id of the correct choice.",
});

describeFields(MultipleSelectQuestionSchema, {
  ...question,
  type: '"multiple": one or more correct choices.',
  choices: "The choices, at least two.",
  answers: "Ids of every correct choice.",
  showCount: "true to tell readers how many choices to pick.",
});

describeFields(TrueFalseQuestionSchema, {
  ...question,
  type: '"true-false": a statement that is true or false.',
  answer: "true or false.",
});

describeFields(OrderQuestionSchema, {
  ...question,
  type: '"order": put timeline events in order.',
  events:
    "Ids of timeline events, at least two, in the order they happened (checked against their dates).",
});

describeFields(ChoiceSchema, {
  id: ID,
  text: "The choice as readers see it, plain text.",
});

describeFields(ResultBandSchema, {
  id: ID,
  min: "Lowest score in the band, inclusive.",
  max: "Highest score in the band, inclusive.",
  title: 'The result\'s heading, e.g. "Well read".',
  text: "What the reader is told for a score in this band.",
});
