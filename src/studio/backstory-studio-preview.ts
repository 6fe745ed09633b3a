import { css, html, LitElement, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import "../elements/timeline/define.js";
import "../elements/quiz/define.js";
import type { Story } from "../data/story-format.js";
import { studioStyles } from "./studio.styles.js";

/** The width a desktop preview is laid out at, before it is scaled to fit the pane. */
const DESKTOP_WIDTH = 760;
const PHONE_WIDTH = 375;

/**
 * Both widgets as readers will see them, from the story as it is being written: at a desktop or
 * a phone width, light or dark.
 *
 * @summary The studio's live preview.
 */
export class BackstoryStudioPreview extends LitElement {
  static override styles = [
    studioStyles,
    css`
      :host {
        display: block;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        margin-block-end: 0.75rem;
      }
      fieldset {
        margin: 0;
        padding: 0.25rem 0.5rem 0.375rem;
      }
      .stage {
        border: 1px solid var(--_border);
        border-radius: 0.5rem;
        padding: 0.75rem;
        overflow: hidden;
      }
      .stage.dark {
        background: #16171b;
        color-scheme: dark;
      }
      .stage.light {
        background: #ffffff;
        color-scheme: light;
      }
      .frame {
        margin-inline: auto;
      }
      .frame > * + * {
        margin-block-start: 1.5rem;
      }
      .note {
        font-size: 0.875rem;
        color: var(--_muted);
      }
    `,
  ];

  /** The story to show: the latest version without problems. */
  @property({ attribute: false }) story: Story | undefined;

  /** How many unfinished items are left out of the preview. */
  @property({ type: Number }) leftOut = 0;

  /** @internal */
  @state() private width: "desktop" | "phone" = "phone";

  /** @internal */
  @state() private theme: "light" | "dark" = matchMedia("(prefers-color-scheme: dark)").matches
    ? "dark"
    : "light";

  /** @internal */
  @state() private scale = 1;

  private readonly resize = new ResizeObserver(([entry]) => {
    const available = (entry?.contentRect.width ?? DESKTOP_WIDTH) - 26;
    this.scale = Math.min(1, available / DESKTOP_WIDTH);
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    this.resize.disconnect();
    super.disconnectedCallback();
  }

  private radios<T extends string>(
    legend: string,
    name: string,
    value: T,
    options: [T, string][],
    set: (value: T) => void,
  ) {
    return html`<fieldset>
      <legend>${legend}</legend>
      ${options.map(
        ([option, label]) => html`<label class="check"
          ><input type="radio" name=${name} .checked=${value === option} @change=${() => set(option)} />${label}</label
        >`,
      )}
    </fieldset>`;
  }

  override render() {
    const story = this.story;
    const phone = this.width === "phone";
    const width = phone ? PHONE_WIDTH : DESKTOP_WIDTH;
    const zoom = phone ? Math.min(1, this.scale * (DESKTOP_WIDTH / PHONE_WIDTH)) : this.scale;
    return html`
      <div class="controls">
        ${this.radios(
          "Width",
          "width",
          this.width,
          [
            ["desktop", "Desktop"],
            ["phone", "Phone"],
          ],
          (value) => {
            this.width = value;
          },
        )}
        ${this.radios(
          "Colours",
          "theme",
          this.theme,
          [
            ["light", "Light"],
            ["dark", "Dark"],
          ],
          (value) => {
            this.theme = value;
          },
        )}
      </div>
      ${
        this.leftOut
          ? html`<p class="note">
              ${this.leftOut} unfinished ${this.leftOut === 1 ? "item is" : "items are"} left out of the
              preview until ${this.leftOut === 1 ? "its" : "their"} problems are fixed.
            </p>`
          : nothing
      }
      <div class="stage ${this.theme}">
        ${
          story
            ? html`<div class="frame" style=${`inline-size: ${width}px; zoom: ${zoom}`}>
                <backstory-timeline .story=${story} theme=${this.theme} heading-level="3"></backstory-timeline>
                ${
                  story.quiz
                    ? html`<backstory-quiz .story=${story} theme=${this.theme} heading-level="3" no-persist></backstory-quiz>`
                    : nothing
                }
              </div>`
            : html`<p class="note">The preview starts once the article's headline and source are filled in.</p>`
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "backstory-studio-preview": BackstoryStudioPreview;
  }
}
