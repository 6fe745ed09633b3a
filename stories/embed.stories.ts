import type { Meta, StoryObj } from "@storybook/web-components";
import { html } from "lit";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { within } from "shadow-dom-testing-library";
import { expect } from "storybook/test";
import articleText from "../data/musk-spacex/article.txt?raw";
import { embedSnippet } from "../src/cli/embed-snippet.js";
import { splitParagraphs } from "../src/data/citations.js";
import { quizFallbackHtml, timelineFallbackHtml } from "../src/data/fallback-html.js";
import { STORY_FILES } from "./support/fake-network.js";
import { articleStory, svgPicture } from "./support/fixtures.js";
import { settled } from "./support/play.js";

const story = articleStory();
const paragraphs = splitParagraphs(articleText);
// The article's first two lines are the photo's credit and caption.
const [credit = "", caption = "", ...body] = paragraphs;

/** What `backstory embed` prints for each widget: the producer pastes these into the CMS. */
const timelineSnippet = embedSnippet(story, { src: STORY_FILES.article, widget: "timeline" });
const quizSnippet = embedSnippet(story, { src: STORY_FILES.article, widget: "quiz" });

/**
 * The snippet as the page renders it here: without its script tag, since Storybook has defined the
 * elements already (a script inserted this way would run, and /cdn/backstory.js is not served).
 */
const onThePage = (snippet: string) =>
  unsafeHTML(snippet.replace(/<script type="module" src="[^"]*"><\/script>\n?/, ""));

const pageStyles = html`<style>
  .article-page {
    max-inline-size: 42rem;
    margin-inline: auto;
    font-family: Georgia, "Times New Roman", serif;
    font-size: 1.125rem;
    line-height: 1.6;
  }
  .article-page h1 {
    font-size: 2rem;
    line-height: 1.2;
  }
  .article-page figure {
    margin: 0 0 1.5rem;
  }
  .article-page img {
    inline-size: 100%;
    block-size: auto;
  }
  .article-page figcaption {
    font-family: system-ui, sans-serif;
    font-size: 0.875rem;
  }
  .article-page backstory-timeline,
  .article-page backstory-quiz {
    margin-block: 2rem;
  }
</style>`;

const meta = {
  title: "Embed",
  parameters: { layout: "fullscreen", controls: { disable: true } },
  tags: ["!autodocs"],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/**
 * The article page as a web producer builds it: the text from the CMS, the timeline snippet after
 * the fourth paragraph and the quiz snippet at the end, exactly as `backstory embed` prints them.
 */
export const ArticlePage: Story = {
  render: () => html`${pageStyles}<main class="article-page">
    <h1>${story.article.headline}</h1>
    <figure>
      <img src=${svgPicture("Rally", "#7a2e2e", "#3b3b3b")} alt="Placeholder for the article's photo of the rally." width="640" height="360">
      <figcaption>${caption} ${credit}</figcaption>
    </figure>
    ${body.slice(0, 4).map((text) => html`<p>${text}</p>`)}
    ${onThePage(timelineSnippet)}
    ${body.slice(4, 8).map((text) => html`<p>${text}</p>`)}
    ${onThePage(quizSnippet)}
  </main>`,
  parameters: {
    docs: { source: { code: `${timelineSnippet}\n\n${quizSnippet}`, language: "html" } },
  },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const screen = within(canvasElement);
    await expect(await screen.findByShadowRole("list", { name: "Events" })).toBeVisible();
    await expect(
      screen.getAllByShadowRole("heading", { name: story.quiz?.title })[0],
    ).toBeVisible();
  },
};

/**
 * What readers without JavaScript get (RSS readers, Apple News, syndication, search engines):
 * plain HTML that the snippet carries inside each element, styled only by the host page.
 */
export const NoJavaScriptFallback: Story = {
  render: () => html`${pageStyles}<main class="article-page">
    <h1>${story.article.headline}</h1>
    ${unsafeHTML(timelineFallbackHtml(story))}
    ${unsafeHTML(quizFallbackHtml(story))}
  </main>`,
  parameters: {
    docs: {
      source: {
        code: `${timelineFallbackHtml(story)}\n${quizFallbackHtml(story)}`,
        language: "html",
      },
    },
  },
};
