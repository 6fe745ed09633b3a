/** The data side of Backstory: the story format, its validator, dates and citations. */
export * from "./citations.js";
export * from "./edtf-date.js";
export * from "./fallback-html.js";
export * from "./story-format.js";
export * from "./validate-story.js";
