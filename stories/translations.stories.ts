import type { Meta, StoryObj } from "@storybook/web-components";
import { html } from "lit";
import { within } from "shadow-dom-testing-library";
import { expect } from "storybook/test";
import arabic from "../strings/ar.json" with { type: "json" };
import german from "../strings/de.json" with { type: "json" };
import spanish from "../strings/es.json" with { type: "json" };
import french from "../strings/fr.json" with { type: "json" };
import { arabicStory, articleStory } from "./support/fixtures.js";
import { settled } from "./support/play.js";
import { type RenderContext, renderQuiz, renderTimeline } from "./support/render.js";

/**
 * The translations the package ships in `strings/`, each given to both widgets as a newsroom
 * page would: a `<script type="application/json" data-backstory-strings>` block, no script of
 * its own. The story files stay in their own language; only the interface is translated.
 */
interface TranslationArgs {
  translation: typeof french;
  story: object;
  lang: string;
  dir: "ltr" | "rtl";
}

const meta = {
  title: "Widgets/Translations",
  render: (args: TranslationArgs, context: RenderContext) =>
    html`<div dir=${args.dir} lang=${args.lang} style="display:grid;gap:2rem">
${renderTimeline({ story: args.story, lang: args.lang, translation: args.translation }, context)}
${renderQuiz({ story: args.story, lang: args.lang, translation: args.translation, "no-persist": true }, context)}
</div>`,
  parameters: { controls: { disable: true } },
} satisfies Meta<TranslationArgs>;

export default meta;
type Story = StoryObj<TranslationArgs>;

/** Checks that both widgets speak the translation: the timeline's and the quiz's own buttons. */
function speaks(translation: typeof french): Story["play"] {
  return async ({ canvasElement }) => {
    await settled(canvasElement);
    const [timeline, quiz] = canvasElement.querySelectorAll<HTMLElement>(
      "backstory-timeline, backstory-quiz",
    );
    const button = (element: HTMLElement | undefined, name: string) =>
      within(element as HTMLElement).findByShadowRole("button", { name });
    await expect(await button(timeline, translation.timeline.next)).toBeVisible();
    await expect(await button(quiz, translation.quiz.check)).toBeVisible();
  };
}

export const French: Story = {
  args: { translation: french, story: articleStory(), lang: "fr", dir: "ltr" },
  play: speaks(french),
};

export const Spanish: Story = {
  args: { translation: spanish, story: articleStory(), lang: "es", dir: "ltr" },
  play: speaks(spanish),
};

export const German: Story = {
  args: { translation: german, story: articleStory(), lang: "de", dir: "ltr" },
  play: speaks(german),
};

/** Right to left: the Arabic story with the Arabic interface, mirrored, with dates for `ar`. */
export const Arabic: Story = {
  args: { translation: arabic, story: arabicStory(), lang: "ar", dir: "rtl" },
  play: speaks(arabic),
};
