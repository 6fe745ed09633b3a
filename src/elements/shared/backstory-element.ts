/**
 * What both Backstory elements share: where the story comes from, the colour scheme, the language,
 * the heading level, replaceable interface texts, the loading and error states, and one polite
 * live region that exists from the first render.
 */
import { html, LitElement, type PropertyDeclarations, type TemplateResult } from "lit";
import { fillTemplate } from "../../data/fill-template.js";
import type { Story } from "../../data/story-format.js";
import type { CitationStrings } from "./citation.js";
import { StoryController } from "./story-controller.js";
import { renderLoadError, renderLoading, type StatusStrings } from "./story-status.js";

export type BackstoryStrings = StatusStrings & CitationStrings;

/**
 * Translations a page declares without a script, so they work under a strict CSP: a
 * `<script type="application/json" data-backstory-strings>` block once on the page, and one
 * inside an element, which wins over the page's. Top-level texts are for both elements; those
 * under `"timeline"` or `"quiz"` for that element only (both have a "next" button, for example).
 */
const PAGE_STRINGS = "script[data-backstory-strings]:not(backstory-timeline>*,backstory-quiz>*)";
const OWN_STRINGS = ":scope>script[data-backstory-strings]";

const textsOf = (value: unknown) =>
  Object.entries(value ?? {}).filter((entry) => typeof entry[1] === "string");

/** A strings block's texts for one element; a broken block is reported and left out. */
function readStrings(block: Element | null, section: string): Record<string, string> {
  if (!block) return {};
  try {
    const value = JSON.parse(block.textContent ?? "");
    return Object.fromEntries([...textsOf(value), ...textsOf(value?.[section])]);
  } catch (error) {
    console.warn("Backstory: a data-backstory-strings block is not JSON; English is shown.", error);
    return {};
  }
}

/** `lang` values already reported, so that a page is told once, not on every render. */
const warnedTags = new Set<string>();

/**
 * The parts and custom properties every Backstory element has, described once here; the custom
 * elements manifest copies them into each element's entry.
 *
 * @csspart base - The wrapper of a loaded story.
 * @csspart heading - The element's title.
 * @csspart citation - The quoted passage and its link to the article.
 * @csspart loading - The loading line.
 * @csspart error - The error box for editors.
 *
 * @cssprop --backstory-color-text - Text colour.
 * @cssprop --backstory-color-muted - Secondary text colour (dates, notes, credits, progress).
 * @cssprop --backstory-color-background - Background colour.
 * @cssprop --backstory-color-surface - Background of panels: the timeline's detail panel and era
 * bands, the quiz's feedback and choices.
 * @cssprop --backstory-color-border - Border colour.
 * @cssprop --backstory-color-accent - Links, primary buttons, the selected event or choice, pressed
 * filters.
 * @cssprop --backstory-color-on-accent - Text on the accent colour.
 * @cssprop --backstory-color-focus - Focus ring colour.
 * @cssprop --backstory-color-incorrect - Wrong answers and the border of the error box (always with
 * a word and an icon).
 * @cssprop --backstory-font-family - Font; the host page's by default.
 * @cssprop --backstory-font-size - Base font size.
 * @cssprop --backstory-space - Spacing unit.
 * @cssprop --backstory-radius - Corner radius.
 */
export abstract class BackstoryElement<Strings extends BackstoryStrings> extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    story: { attribute: false },
    theme: { reflect: true },
    lang: {},
    headingLevel: { attribute: "heading-level", type: Number },
    strings: { attribute: false },
    editor: { type: Boolean },
    announcement: { state: true },
  };

  /** Address of the story file. */
  src?: string;

  /** The story as an object; takes precedence over `src` and an inline story. */
  story?: unknown;

  /** Colour scheme: `auto` follows the reader's system setting. */
  theme: "auto" | "light" | "dark" = "auto";

  /** Language of dates and numbers, overriding the story's. */
  override lang = "";

  /** Level of the element's heading, 1 to 5; headings inside it are one level below. */
  headingLevel = 2;

  /** Replaces any of the English interface texts. */
  strings: Partial<Strings> = {};

  /**
   * Shows an editor's error box listing what is wrong with the story (Storybook and the studio
   * set it). Without it, readers see the story's fallback content and one calm line, and the
   * list goes to the console.
   */
  editor = false;

  /** @internal */
  protected readonly loader = new StoryController(this);

  /** @internal Texts from the page's and the element's `data-backstory-strings` blocks. */
  private declared: Record<string, string> = {};

  /** @internal What the live region says. */
  protected announcement = "";

  /** @internal The English texts. */
  protected abstract readonly englishStrings: Strings;

  /** @internal Renders a loaded story. */
  protected abstract renderStory(story: Story, text: Strings): unknown;

  /** The loaded story's id; `undefined` until a story has loaded. */
  get storyId(): string | undefined {
    return this.loader.story?.id;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const section = this.localName.replace("backstory-", "");
    this.declared = {
      ...readStrings(document.querySelector(PAGE_STRINGS), section),
      ...readStrings(this.querySelector(OWN_STRINGS), section),
    };
  }

  /** @internal Own texts only: a number, an object or an inherited name keeps the English text. */
  protected get text(): Strings {
    return {
      ...this.englishStrings,
      ...this.declared,
      ...Object.fromEntries(textsOf(this.strings)),
    };
  }

  /**
   * @internal The language of dates and numbers: the `lang` attribute, else the story's. `Intl`
   * throws on a tag it cannot read, which would take every date down with it.
   */
  protected get locale(): string {
    const fallback = this.loader.story?.article.language || "en";
    if (!this.lang) return fallback;
    try {
      return Intl.getCanonicalLocales(this.lang.replace(/_/g, "-"))[0] ?? fallback;
    } catch {
      if (!warnedTags.has(this.lang)) {
        warnedTags.add(this.lang);
        console.warn(
          `Backstory: lang="${this.lang}" on <${this.localName}> is not a language tag, so dates and numbers use "${fallback}". Use a BCP 47 tag such as "en-US", or remove the attribute.`,
        );
      }
      return fallback;
    }
  }

  /** @internal An interface text with its `{placeholders}` filled, numbers in the language. */
  protected say(key: keyof Strings, values: Record<string, string | number> = {}): string {
    return fillTemplate(String(this.text[key]), values, this.locale);
  }

  /** @internal Same text twice in a row gets a no-break space so that it is announced again. */
  protected announce(text: string): void {
    this.announcement = text === this.announcement ? `${text}\u00a0` : text;
  }

  /** @internal The heading level `below` levels under the element's own, within 1–6. */
  protected level(below = 0): number {
    return Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 5) + below;
  }

  protected override render(): TemplateResult {
    const text = this.text;
    return html`${this.loader.render({
      pending: () => renderLoading(text),
      complete: (story) => this.renderStory(story, text),
      error: (error) =>
        renderLoadError(error, text, () => this.loader.retry(), this.editor, this.locale),
    })}<div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}
