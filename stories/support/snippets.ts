/** Code samples for the docs pages, made by the same code as `backstory embed`. */
import { embedSnippet } from "../../src/cli/embed-snippet.js";
import { articleStory } from "./fixtures.js";

export const articleSnippet = embedSnippet(articleStory(), {
  src: "/stories/musk-spacex.json",
  widget: "both",
});

/** The snippet with the fallback cut short, for reading. */
export const shortSnippet = articleSnippet.replace(
  /(<div class="backstory-fallback"[^>]*>)[\s\S]*?(<\/div>\n<\/backstory-)/g,
  "$1\n  …the story as plain HTML, for readers without JavaScript…\n$2",
);

export const themeSample = `/* In the newsroom's stylesheet: every widget on the site follows. */
backstory-timeline,
backstory-quiz {
  --backstory-color-accent: #052962;
  --backstory-color-focus: #c70000;
  --backstory-font-family: Georgia, "Times New Roman", serif;
  --backstory-radius: 0;
}

/* Whole pieces can be styled through ::part() */
backstory-timeline::part(detail) {
  border-inline-start: 4px solid #052962;
}`;

export const analyticsSample = `// Every event bubbles out of the widget, so one listener on the page hears them all.
document.addEventListener("backstory-ready", (event) => {
  analytics.track("backstory_ready", { widget: event.target.localName, story: event.detail.storyId });
});
document.addEventListener("backstory-select", (event) => {
  // detail: { id, cause: "click" | "keyboard" | "button" | "hash" }
  analytics.track("timeline_event_opened", event.detail);
});
document.addEventListener("backstory-answer", (event) => {
  // detail: { questionId, chosen, correct }
  analytics.track("quiz_answer", event.detail);
});
document.addEventListener("backstory-complete", (event) => {
  // detail: { score, total, bandId }
  analytics.track("quiz_complete", event.detail);
});`;
