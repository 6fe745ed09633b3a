import type { Meta, StoryObj } from "@storybook/web-components";
import { html } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { within } from "shadow-dom-testing-library";
import { expect } from "storybook/test";
import { ENGLISH_QUIZ_STRINGS } from "../src/elements/quiz/strings.js";
import { articleStory } from "./support/fixtures.js";
import { themeTokens } from "./support/manifest.js";
import { settled } from "./support/play.js";
import {
  type QuizArgs,
  type RenderContext,
  renderQuiz,
  renderTimeline,
  type Theme,
  tokenArgTypes,
  tokenStyles,
} from "./support/render.js";

const tokens = themeTokens();

type ThemeArgs = Record<string, string | undefined> & { theme?: Theme };

/** The CSS a designer copies into the newsroom's stylesheet: only the values they set. */
function themeCss(args: ThemeArgs): string {
  const lines = Object.entries(tokenStyles(args)).map(([name, value]) => `  ${name}: ${value};`);
  return lines.length
    ? `backstory-timeline,\nbackstory-quiz {\n${lines.join("\n")}\n}`
    : "/* Set a custom property in the Controls panel to see its CSS here. */";
}

async function copy(text: string, button: HTMLButtonElement) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = "Copied";
  } catch {
    button.textContent = "Select the text and copy it";
  }
}

function renderThemeBuilder(args: ThemeArgs, context: RenderContext) {
  const css = themeCss(args);
  const story = articleStory();
  const widgetArgs = { story, theme: args.theme, "no-persist": true } as QuizArgs;
  return html`<style>
      .theme-page { display: grid; gap: 1.5rem; font-family: system-ui, sans-serif; }
      .theme-widgets { display: grid; gap: 2rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); align-items: start; }
      .theme-page table { border-collapse: collapse; inline-size: 100%; }
      .theme-page th, .theme-page td { text-align: start; padding: 0.375rem 0.5rem; border-block-end: 1px solid GrayText; vertical-align: top; }
      .theme-page code, .theme-page pre { font-family: ui-monospace, Menlo, monospace; }
      .theme-page pre { padding: 1rem; border: 1px solid GrayText; overflow: auto; }
      .swatch { display: inline-block; inline-size: 1rem; block-size: 1rem; border: 1px solid GrayText; vertical-align: middle; margin-inline-end: 0.25rem; }
    </style>
    <div class="theme-page">
      <p>
        Change any <code>--backstory-*</code> custom property in the <strong>Controls</strong> panel: both
        widgets follow, and the CSS to copy into the newsroom's stylesheet is below them.
      </p>
      <div class="theme-widgets" style=${styleMap(tokenStyles(args))}>
        ${renderTimeline(widgetArgs, context)} ${renderQuiz(widgetArgs, context)}
      </div>
      <section aria-labelledby="theme-css">
        <h2 id="theme-css">Your theme's CSS</h2>
        <pre><code>${css}</code></pre>
        <button type="button" @click=${(event: Event) => copy(css, event.currentTarget as HTMLButtonElement)}>Copy the CSS</button>
      </section>
      <section aria-labelledby="theme-tokens">
        <h2 id="theme-tokens">Every public custom property</h2>
        <table>
          <thead><tr><th scope="col">Custom property</th><th scope="col">What it sets</th><th scope="col">Read by</th><th scope="col">Your value</th></tr></thead>
          <tbody>${tokens.map(
            (token) => html`<tr>
              <td><code>${token.name}</code></td>
              <td>${token.description || "(not documented in the element's JSDoc)"}</td>
              <td>${token.elements.map((tag) => html`<code>&lt;${tag}&gt;</code> `)}</td>
              <td>${
                args[token.name]
                  ? html`${token.name.includes("-color-") ? html`<span class="swatch" style=${styleMap({ background: args[token.name] ?? "" })}></span>` : ""}<code>${args[token.name]}</code>`
                  : "default"
              }</td>
            </tr>`,
          )}</tbody>
        </table>
      </section>
    </div>`;
}

const meta = {
  title: "Theme",
  render: renderThemeBuilder,
  args: { theme: "auto" },
  argTypes: {
    theme: { control: "inline-radio", options: ["auto", "light", "dark"] },
    ...tokenArgTypes("backstory-timeline"),
    ...tokenArgTypes("backstory-quiz"),
  },
  tags: ["!autodocs"],
  parameters: { layout: "padded" },
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<ThemeArgs>;

/** Start here: the defaults, light and dark from the reader's system setting. */
export const Builder: Story = {
  play: async ({ canvasElement }) => settled(canvasElement),
};

/** An example newsroom theme: navy and yellow, a serif font, square corners. */
export const NewsroomExample: Story = {
  args: {
    theme: "light",
    "--backstory-color-text": "#121212",
    "--backstory-color-background": "#ffffff",
    "--backstory-color-surface": "#f1f4f8",
    "--backstory-color-accent": "#052962",
    "--backstory-color-on-accent": "#ffe500",
    "--backstory-color-focus": "#c70000",
    "--backstory-font-family": "Georgia, 'Times New Roman', serif",
    "--backstory-radius": "0",
  },
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const page = within(canvasElement);
    await expect(page.getByText(/--backstory-color-accent: #052962;/)).toBeVisible();
    // Set once on the page, the custom properties reach inside both widgets' shadow roots.
    for (const widget of canvasElement.querySelectorAll("backstory-timeline, backstory-quiz")) {
      await expect(getComputedStyle(widget).fontFamily).toContain("Georgia");
    }
    const widgets = within(canvasElement);
    const check = await widgets.findByShadowRole("button", { name: ENGLISH_QUIZ_STRINGS.check });
    await expect(getComputedStyle(check).backgroundColor).toBe("rgb(5, 41, 98)");
    const selected = (await widgets.findAllByShadowRole("button")).find(
      (button) => button.getAttribute("aria-current") === "true",
    );
    // The selected event: its card outlined and its mark on the axis filled, in the accent.
    await expect(selected && getComputedStyle(selected).borderColor).toBe("rgb(5, 41, 98)");
    const mark = selected?.parentElement?.querySelector(".mark");
    await expect(mark && getComputedStyle(mark).backgroundColor).toBe("rgb(5, 41, 98)");
  },
};
