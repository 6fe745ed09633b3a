import { css, html, LitElement, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { readArticleDate, readDatePhrase } from "../authoring/date-phrase.js";
import { DEFAULT_SCRIPT_URL, embedSnippet } from "../cli/embed-snippet.js";
import { checkCitations } from "../data/citation-check.js";
import { findCitation } from "../data/citations.js";
import { isStoryDate } from "../data/edtf-date.js";
import type {
  Choice,
  Era,
  MultipleSelectQuestion,
  OrderQuestion,
  Question,
  QuestionType,
  SingleChoiceQuestion,
  TimelineEvent,
} from "../data/story-format.js";
import { sealStory } from "../data/story-seal.js";
import type { PathKey, StoryError } from "../data/validate-story.js";
import {
  fieldId,
  problemList,
  problemsAt,
  problemsWithin,
  type SelectFieldOptions,
  selectField,
  textField,
} from "./fields.js";
import {
  convertQuestion,
  type DraftStory,
  eventsCountedFrom,
  getAt,
  inDateOrder,
  moveItem,
  newChoice,
  newEvent,
  proposeResultBands,
  removeEvent,
  renameEvent,
  setAt,
  slugify,
  storyToText,
  uniqueId,
} from "./story-edits.js";
import { studioStyles } from "./studio.styles.js";

/** Fired with the edited story; `field` groups keystrokes into one undo step. */
export class StudioChangeEvent extends Event {
  constructor(
    readonly story: DraftStory,
    readonly field?: string,
    /** Said to screen-reader users once the change is made. */
    readonly announcement?: string,
  ) {
    super("studio-change", { bubbles: true, composed: true });
  }
}

export const TABS = [
  ["article", "Article"],
  ["events", "Events"],
  ["eras", "Eras"],
  ["tags", "Tags"],
  ["questions", "Questions"],
  ["results", "Results"],
  ["export", "Export"],
] as const;
export type Tab = (typeof TABS)[number][0];

const QUESTION_KINDS: readonly (readonly [QuestionType, string])[] = [
  ["single", "One correct answer"],
  ["multiple", "Several correct answers"],
  ["true-false", "True or false"],
  ["order", "Put events in order"],
];

/** The tab and item (list and index) a place in the story is edited in. */
export function placeOf(pointer: string): { tab: Tab; item?: string } {
  const parts = pointer.split("/").slice(1);
  const [first, second, third] = parts;
  if (first === "timeline") {
    if (second === "events" && third !== undefined)
      return { tab: "events", item: `events/${third}` };
    if (second === "eras")
      return { tab: "eras", item: third === undefined ? undefined : `eras/${third}` };
    return { tab: "events" };
  }
  if (first === "quiz") {
    if (second === "questions" && third !== undefined) {
      return { tab: "questions", item: `questions/${third}` };
    }
    if (second === "results") return { tab: "results" };
    return { tab: "questions" };
  }
  return { tab: "article" };
}

/**
 * The forms of the story: its article block, events, eras, tags, questions, result bands, and
 * the export. Every field shows, right under it, what `backstory build` says about it.
 *
 * @summary The studio's story editor.
 * @fires studio-change - The editor changed the story.
 */
export class BackstoryStudioEditor extends LitElement {
  static override styles = [
    studioStyles,
    css`
      :host {
        display: block;
      }
      [role="tablist"] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        border-block-end: 1px solid var(--_border);
        margin-block-end: 1rem;
      }
      [role="tab"] {
        padding-inline: 0.5rem;
        border: 1px solid transparent;
        border-block-end: none;
        border-radius: 0.375rem 0.375rem 0 0;
        background: none;
        margin-block-end: -1px;
      }
      [role="tab"][aria-selected="true"] {
        border-color: var(--_border);
        background: var(--_background);
        font-weight: 700;
        box-shadow: inset 0 3px 0 var(--_accent);
      }
      .count {
        color: var(--_muted);
        font-weight: 400;
      }
      .tab-problems {
        display: inline-grid;
        place-items: center;
        min-inline-size: 1.25rem;
        padding-inline: 0.25rem;
        border-radius: 0.625rem;
        background: var(--_problem);
        color: var(--_background);
        font-size: 0.75rem;
        font-weight: 700;
      }
      details.item {
        border: 1px solid var(--_border);
        border-radius: 0.5rem;
        margin-block-end: 0.75rem;
        background: var(--_background);
      }
      details.item > summary {
        cursor: pointer;
        padding: 0.5rem 0.75rem;
        min-block-size: 2.75rem;
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 0 0.75rem;
        align-items: baseline;
      }
      details.item[open] > summary {
        border-block-end: 1px solid var(--_border);
        background: var(--_surface);
        border-radius: 0.5rem 0.5rem 0 0;
      }
      .item-body {
        padding: 0.75rem;
      }
      .summary-date {
        grid-column: 1 / -1;
        color: var(--_muted);
        font-size: 0.875rem;
        font-variant-numeric: tabular-nums;
      }
      .summary-title {
        font-weight: 600;
      }
      .badge {
        font-size: 0.8125rem;
        color: var(--_problem);
        font-weight: 700;
      }
      .badge.ok {
        color: var(--_ok);
      }
      .review {
        border: 2px dashed var(--_accent);
        border-radius: 0.5rem;
        padding: 0.5rem 0.75rem;
        margin-block-end: 0.875rem;
      }
      .draft-badge {
        font-size: 0.8125rem;
        font-weight: 700;
        color: var(--_accent);
      }
      .reads {
        font-size: 0.875rem;
        margin-block: 0.25rem 0;
      }
      .choices {
        list-style: none;
        padding: 0;
        margin: 0 0 0.5rem;
      }
      .choices li {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        gap: 0.25rem 0.5rem;
        align-items: center;
        padding-block: 0.375rem;
        border-block-end: 1px dashed var(--_border);
      }
      .choices .choice-tools {
        grid-column: 2;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
      }
      .correct {
        flex-direction: column;
        font-size: 0.75rem;
        color: var(--_muted);
        margin-inline-end: 0;
      }
      .overview {
        border: 1px solid var(--_border);
        border-radius: 0.5rem;
        padding: 0.5rem 0.75rem;
        margin-block-end: 1rem;
        background: var(--_surface);
      }
      .overview summary {
        cursor: pointer;
        font-weight: 600;
        min-block-size: 2rem;
      }
      .overview ul {
        padding-inline-start: 1.25rem;
        margin-block: 0.5rem 0;
      }
      .overview li {
        margin-block-end: 0.375rem;
      }
      .link-button {
        border: none;
        background: none;
        padding: 0;
        min-block-size: 1.5rem;
        color: var(--_accent);
        text-decoration: underline;
        font-weight: 600;
      }
      .passed {
        color: var(--_ok);
        font-weight: 600;
      }
      .bands {
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: 0 0.75rem;
      }
      .snippet {
        font-family: ui-monospace, Menlo, Consolas, monospace;
        font-size: 0.8125rem;
        min-block-size: 10rem;
      }
      .section-intro {
        color: var(--_muted);
      }
    `,
  ];

  @property({ attribute: false }) story!: DraftStory;
  @property({ attribute: false }) problems: readonly StoryError[] = [];
  /** What `backstory check` warns about: worth a second look; the story builds all the same. */
  @property({ attribute: false }) warnings: readonly StoryError[] = [];
  @property({ attribute: false }) paragraphs: readonly string[] = [];

  /** @internal */
  @state() tab: Tab = "article";

  /** @internal Items shown open ("events/3"). */
  @state() private open = new Set<string>();

  /** @internal What the editor typed in date fields, by field id, while it is not a story date. */
  @state() private typedDates = new Map<string, string>();

  /** @internal The display date and note last suggested by each date field, by field id. */
  private suggestions = new Map<string, { displayDate?: string; dateNote?: string }>();

  /** @internal Tag being added, by event index. */
  @state() private newTags = new Map<number, string>();

  /** @internal */
  @state() private storyAddress = "";

  /** @internal */
  @state() private scriptAddress = DEFAULT_SCRIPT_URL;

  /** @internal */
  @state() private copied = "";

  /** A field to focus once the story it belongs to is rendered (the change goes up and back). */
  private pendingFocus: string | undefined;

  private focusSoon(id: string): void {
    this.pendingFocus = id;
    this.requestUpdate();
  }

  protected override updated(): void {
    if (!this.pendingFocus) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${this.pendingFocus}`);
    if (!target) return;
    this.pendingFocus = undefined;
    target.focus();
  }

  /** Forgets the words typed in date fields, after undo or a new version from disk. */
  resetTyped(): void {
    this.typedDates = new Map();
  }

  /** Shows the tab and item a place in the story is edited in, and focuses its field. */
  async show(pointer: string, focus = true): Promise<void> {
    const { tab, item } = placeOf(pointer);
    this.tab = tab;
    if (item) this.open = new Set([...this.open, item]);
    await this.updateComplete;
    if (!focus) return;
    const keys = pointer.split("/").slice(1);
    for (let length = keys.length; length > 0; length--) {
      const id = fieldId(
        keys.slice(0, length).map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
      );
      const target = this.renderRoot.querySelector<HTMLElement>(`#${id}`);
      if (target) {
        target.focus();
        target.scrollIntoView({ block: "nearest" });
        return;
      }
    }
    if (!item) return;
    this.renderRoot.querySelector<HTMLElement>(`[data-item="${item}"] > summary`)?.focus();
  }

  private change(story: DraftStory, field?: string, announcement?: string): void {
    // Seen at once by a second edit in the same handler, before the studio passes it back.
    this.story = story;
    this.dispatchEvent(new StudioChangeEvent(story, field, announcement));
  }

  private edit(keys: PathKey[], value: unknown): void {
    this.change(setAt(this.story, keys, value), keys.join("/"));
  }

  private text(
    label: string,
    keys: PathKey[],
    extra: Partial<Parameters<typeof textField>[0]> = {},
  ) {
    return textField({
      label,
      keys,
      value: getAt(this.story, keys),
      problems: this.problems,
      warnings: this.warnings,
      onInput: (value) => this.edit(keys, value),
      ...extra,
    });
  }

  /** A choice field of the story, with its problems and warnings. */
  private select(options: Omit<SelectFieldOptions, "problems" | "warnings">) {
    return selectField({ ...options, problems: this.problems, warnings: this.warnings });
  }

  private get events(): TimelineEvent[] {
    return this.story.timeline?.events ?? [];
  }

  private get questions(): Question[] {
    return this.story.quiz?.questions ?? [];
  }

  private get eras(): Era[] {
    return this.story.timeline?.eras ?? [];
  }

  private allTags(): Map<string, number> {
    const tags = new Map<string, number>();
    for (const event of this.events) {
      for (const tag of event.tags ?? []) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    }
    return tags;
  }

  // Tabs --------------------------------------------------------------------------------------

  private tabKeydown(event: KeyboardEvent): void {
    const index = TABS.findIndex(([id]) => id === this.tab);
    const last = TABS.length - 1;
    const next =
      event.key === "ArrowRight"
        ? (index + 1) % TABS.length
        : event.key === "ArrowLeft"
          ? (index + last) % TABS.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.tab = (TABS[next] as (typeof TABS)[number])[0];
    this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus(),
    );
  }

  private tabProblems(tab: Tab): number {
    return this.problems.filter((problem) => placeOf(problem.pointer).tab === tab).length;
  }

  private renderTabs() {
    const counts: Partial<Record<Tab, number>> = {
      events: this.events.length,
      eras: this.eras.length,
      tags: this.allTags().size,
      questions: this.questions.length,
    };
    return html`<div role="tablist" aria-label="Parts of the story" @keydown=${this.tabKeydown}>
      ${TABS.map(([id, label]) => {
        const problems = this.tabProblems(id);
        return html`<button
          role="tab"
          id=${`tab-${id}`}
          aria-selected=${this.tab === id ? "true" : "false"}
          aria-controls="panel"
          tabindex=${this.tab === id ? "0" : "-1"}
          @click=${() => {
            this.tab = id;
          }}
        >
          ${label}${counts[id] !== undefined ? html` <span class="count">${counts[id]}</span>` : nothing}${
            problems
              ? html` <span class="tab-problems" aria-label=${`${problems} ${problems === 1 ? "problem" : "problems"}`}
                  >${problems}</span
                >`
              : nothing
          }
        </button>`;
      })}
    </div>`;
  }

  // The overview of problems -------------------------------------------------------------------

  private renderOverview() {
    const count = this.problems.length;
    const warnings = this.warnings.length;
    const list = (items: readonly StoryError[]) =>
      html`<ul>
        ${items.slice(0, 50).map(
          (item) => html`<li>
            <button class="link-button" @click=${() => this.show(item.pointer)}>
              ${item.path || "The story"}
            </button>: ${item.message}
          </li>`,
        )}
      </ul>`;
    const warned = warnings
      ? html`<details class="overview">
          <summary>
            ${warnings} ${warnings === 1 ? "warning" : "warnings"} worth a second look (the story
            still builds)
          </summary>
          ${list(this.warnings)}
        </details>`
      : nothing;
    if (count === 0) {
      return html`<div class="overview">
          <p class="passed">No problems: this story passes backstory build.</p>
        </div>
        ${warned}`;
    }
    return html`<details class="overview">
        <summary>
          ${count} ${count === 1 ? "problem" : "problems"} to fix before the story can be published
        </summary>
        ${list(this.problems)}
      </details>
      ${warned}`;
  }

  // Article ------------------------------------------------------------------------------------

  private renderArticle() {
    return html`
      <p class="section-intro">What readers are told about the article the story comes from.</p>
      ${this.reviewBox(["article"], "article block")}
      ${this.text("Headline", ["article", "headline"])}
      ${this.text("Note on the headline", ["article", "headlineNote"], {
        optional: true,
        hint: "Say whose headline it is when it is not the publication's.",
      })}
      ${this.text("Source", ["article", "source"], {
        multiline: true,
        hint: "What the text tells of its source (publication, author, date), and no more.",
      })}
      ${this.articleDateField()}
      ${this.text("Language", ["article", "language"], {
        hint: 'A language tag such as "en", "en-US" or "fr".',
      })}
      ${this.text("Web address of the article", ["article", "url"], {
        optional: true,
        type: "url",
        hint: "Only when it is known, starting with https://.",
      })}
      ${this.text("Story id", ["id"], {
        hint: "Lower-case letters, digits and hyphens; names the built file and the readers' saved answers.",
      })}
      ${problemList("f-root-problems", problemsAt(this.problems, []))}
    `;
  }

  // Dates --------------------------------------------------------------------------------------

  /** The article's date, when the story has a valid one: what "in February" is counted from. */
  private get dateline(): string | undefined {
    const date = this.story.article?.date;
    return date && readArticleDate(date).ok ? date : undefined;
  }

  /** Reads a date field's words, counting from the article's date. */
  private readDate(words: string) {
    return words.trim() ? readDatePhrase(words, { dateline: this.dateline }) : undefined;
  }

  /**
   * The day the article was published. Giving it turns the words still waiting in date fields
   * ("in February", "last year") into dates.
   */
  private articleDateField() {
    const keys: PathKey[] = ["article", "date"];
    const id = fieldId(keys);
    const stored = String(getAt(this.story, keys) ?? "");
    const typed = this.typedDates.get(id) ?? stored;
    const reading = typed.trim() ? readArticleDate(typed) : undefined;
    const hint =
      reading === undefined
        ? html`As its dateline gives it, e.g. “Oct. 30, 2024”. Dates in events such as “in
            February” or “last year” are counted from it.`
        : reading.ok
          ? html`<span class="reads"
              >Story-file date <code>${reading.date}</code> (${reading.reads}). Dates in events such
              as “in February” are counted from it.</span
            >`
          : html`${reading.message}`;
    return html`${textField({
      label: "Date of the article",
      keys,
      value: stored,
      shown: typed,
      optional: true,
      problems: this.problems,
      warnings: this.warnings,
      hint,
      onInput: (text) => {
        const words = text ?? "";
        this.typedDates = new Map(this.typedDates).set(id, words);
        const read = words.trim() ? readArticleDate(words) : undefined;
        let story = setAt(this.story, keys, read?.ok ? read.date : words.trim() || undefined);
        if (read?.ok) story = this.countWaitingDates(story, read.date);
        this.change(story, keys.join("/"));
      },
    })}
    ${reading?.ok ? this.renderCountedEvents(reading.date) : nothing}`;
  }

  /** @internal Proposals for dates that count from the article's date, by the date and story. */
  private counted?: { key: string; events: ReturnType<typeof eventsCountedFrom> };

  private countedEvents(dateline: string): ReturnType<typeof eventsCountedFrom> {
    const key = `${dateline} ${this.story.article?.language} ${this.paragraphs.length} ${this.events
      .map((event) => event.citation?.quote)
      .join(" ")}`;
    if (this.counted?.key !== key) {
      this.counted = { key, events: eventsCountedFrom(this.story, this.paragraphs, dateline) };
    }
    return this.counted.events;
  }

  /** What a draft made without the article's date left out, offered once it is given. */
  private renderCountedEvents(dateline: string) {
    const counted = this.countedEvents(dateline);
    if (counted.length === 0) return nothing;
    const count = counted.length;
    return html`<div class="review" role="group" aria-labelledby="counted-dates">
      <p id="counted-dates">
        The article has ${count} more ${count === 1 ? "date" : "dates"} that count from this day
        and that no event has yet: ${counted.map(({ words }) => `“${words}”`).join(", ")}.
      </p>
      <button
        @click=${() => {
          const events = [...this.events, ...counted.map(({ event }) => event)];
          const story = setAt(this.story, ["timeline", "events"], events);
          this.change(
            story,
            undefined,
            `${count} proposed ${count === 1 ? "event" : "events"} added to the Events tab.`,
          );
        }}
      >
        Propose ${count} ${count === 1 ? "event" : "events"} from them
      </button>
    </div>`;
  }

  /**
   * Dates typed as words that count from the article's date ("in February", "last Tuesday"), read
   * again from the new one; those typed before it was given get a date at last.
   */
  private countWaitingDates(story: DraftStory, dateline: string): DraftStory {
    let next = story;
    const places: PathKey[][] = [
      ...this.events.map((_, index): PathKey[] => ["timeline", "events", index, "date"]),
      ...this.eras.flatMap((_, index): PathKey[][] => [
        ["timeline", "eras", index, "start"],
        ["timeline", "eras", index, "end"],
      ]),
    ];
    for (const keys of places) {
      const id = fieldId(keys);
      const words = this.typedDates.get(id) ?? String(getAt(next, keys) ?? "");
      if (!words.trim() || isStoryDate(words)) continue;
      const before = readDatePhrase(words);
      const read = readDatePhrase(words, { dateline });
      // Only words whose date depends on the article's.
      if (!read.ok || (before.ok && before.date === read.date)) continue;
      next = setAt(next, keys, read.date);
      if (keys.at(-1) === "date") {
        const event = keys.slice(0, -1);
        const suggested = this.suggestions.get(id) ?? {};
        for (const field of ["displayDate", "dateNote"] as const) {
          const current = getAt(next, [...event, field]);
          if (!current || current === suggested[field])
            next = setAt(next, [...event, field], read[field]);
        }
        this.suggestions.set(id, read);
      }
    }
    return next;
  }

  private dateField(
    label: string,
    keys: PathKey[],
    onRead?: (
      story: DraftStory,
      reading: { displayDate?: string; dateNote?: string },
    ) => DraftStory,
  ) {
    const id = fieldId(keys);
    const stored = String(getAt(this.story, keys) ?? "");
    const typed = this.typedDates.get(id) ?? stored;
    const reading = this.readDate(typed);
    const hint =
      reading === undefined
        ? html`Type it as the article says it: “Oct. 27, 2024”, “the nineties”, “about 240 BC”,
            “2001-2017”.`
        : reading.ok
          ? html`<span class="reads"
              >Story-file date <code>${reading.date}</code>; the timeline shows
              “${reading.reads}”.</span
            >`
          : reading.needsDateline
            ? html`${reading.message}
                <button class="link-button" @click=${() => this.show("/article/date")}>
                  Give the article's date
                </button>`
            : html`${reading.message}`;
    return textField({
      label,
      keys,
      value: stored,
      shown: typed,
      problems: this.problems,
      warnings: this.warnings,
      hint,
      onInput: (text) => {
        const words = text ?? "";
        this.typedDates = new Map(this.typedDates).set(id, words);
        const read = this.readDate(words);
        let story = setAt(this.story, keys, read?.ok ? read.date : words.trim());
        if (read?.ok && onRead) story = onRead(story, read);
        this.change(story, keys.join("/"));
      },
    });
  }

  // Events -------------------------------------------------------------------------------------

  private addEvent(): void {
    const events = [...this.events, newEvent(this.story, "")];
    const index = events.length - 1;
    this.change(setAt(this.story, ["timeline", "events"], events), undefined, "New event added.");
    this.show(`/timeline/events/${index}/date`);
  }

  private renderEvents() {
    const events = this.events;
    return html`
      ${this.text("Timeline title", ["timeline", "title"], { optional: true })}
      ${this.select({
        label: "Years before 1 CE are labelled",
        keys: ["timeline", "eraStyle"],
        value: this.story.timeline?.eraStyle ?? "bce",
        choices: [
          ["bce", "BCE and CE (283 BCE, 272 CE)"],
          ["bc", "BC and AD (283 BC, AD 272)"],
        ],
        hint: "As the article writes them.",
        onChange: (value) => this.edit(["timeline", "eraStyle"], value === "bc" ? "bc" : undefined),
      })}
      <p class="section-intro">
        Select a passage in the article and choose “New event from this passage”: its words become
        the event's citation.
      </p>
      ${events.map((event, index) => this.renderEvent(event, index))}
      <button @click=${this.addEvent}>New event without a passage</button>
    `;
  }

  private itemSummary(keys: PathKey[], label: string, extra?: TemplateResult) {
    const count = problemsWithin(this.problems, keys).length;
    const draft = getAt(this.story, [...keys, "draft"]) === true;
    return html`<summary>
      ${extra ?? nothing}
      <span class="summary-title"
        >${label}${draft ? html` <span class="draft-badge">(proposed)</span>` : nothing}</span
      >
      ${
        count
          ? html`<span class="badge">${count} ${count === 1 ? "problem" : "problems"}</span>`
          : html`<span class="badge ok">Complete</span>`
      }
    </summary>`;
  }

  private toggled(item: string, event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.open.has(item)) return;
    const next = new Set(this.open);
    if (open) next.add(item);
    else next.delete(item);
    this.open = next;
  }

  private renderEvent(event: TimelineEvent, index: number) {
    const item = `events/${index}`;
    const keys: PathKey[] = ["timeline", "events", index];
    const date = this.readDate(event.date ?? "");
    const when = event.displayDate ?? (date?.ok ? date.reads : event.date || "No date yet");
    return html`<details
      class="item"
      data-item=${item}
      ?open=${this.open.has(item)}
      @toggle=${(e: Event) => this.toggled(item, e)}
    >
      ${this.itemSummary(
        keys,
        event.title || "Untitled event",
        html`<span class="summary-date">${when}</span>`,
      )}
      ${
        this.open.has(item)
          ? html`<div class="item-body">
              ${problemList(`${fieldId(keys)}-problems`, problemsAt(this.problems, keys))}
              ${this.reviewBox(keys, "event")}
              ${this.dateField("Date", [...keys, "date"], (story, reading) => {
                // The suggested display date and note follow the date until the editor writes their own.
                const id = fieldId([...keys, "date"]);
                const suggested = this.suggestions.get(id) ?? {};
                let next = story;
                if (!event.displayDate || event.displayDate === suggested.displayDate) {
                  next = setAt(next, [...keys, "displayDate"], reading.displayDate);
                }
                if (!event.dateNote || event.dateNote === suggested.dateNote) {
                  next = setAt(next, [...keys, "dateNote"], reading.dateNote);
                }
                this.suggestions.set(id, reading);
                return next;
              })}
              ${this.text("Date as readers see it", [...keys, "displayDate"], {
                optional: true,
                hint: "Replaces the formatted date, e.g. “Early in the war”.",
              })}
              ${this.text("Where the date comes from", [...keys, "dateNote"], {
                optional: true,
                hint: "When the article does not give the date itself.",
              })}
              ${this.text("Title", [...keys, "title"], {
                onInput: (value) => {
                  let story = setAt(this.story, [...keys, "title"], value);
                  // An event keeps an id made from its title until the editor names it.
                  const automatic =
                    /^event(-\d+)?$/.test(event.id) || event.id === slugify(event.title);
                  if (automatic && value) {
                    const taken = this.events.filter((_, at) => at !== index).map((e) => e.id);
                    story = renameEvent(story, index, uniqueId(value, taken, "event"));
                  }
                  this.change(story, [...keys, "title"].join("/"));
                },
              })}
              ${this.text("Summary", [...keys, "summary"], { multiline: true })}
              ${this.citationField(keys)}
              ${
                this.eras.length
                  ? this.select({
                      label: "Era",
                      keys: [...keys, "era"],
                      value: event.era,
                      choices: [
                        ["", "No era"],
                        ...this.eras.map((era) => [era.id, era.label || era.id] as const),
                      ],
                      onChange: (value) => this.edit([...keys, "era"], value || undefined),
                    })
                  : nothing
              }
              ${this.renderEventTags(event, index)}
              <fieldset>
                <legend>Image and link <span class="optional">(optional)</span></legend>
                ${this.text("Image address", [...keys, "image", "src"], {
                  optional: true,
                  onInput: (value) =>
                    this.edit(
                      [...keys, "image"],
                      value === undefined && !event.image?.alt
                        ? undefined
                        : { alt: "", ...event.image, src: value ?? "" },
                    ),
                })}
                ${
                  event.image
                    ? html`${this.text("Image description", [...keys, "image", "alt"], {
                        hint: "What the image shows, for readers who cannot see it.",
                      })}
                      ${this.text("Image credit", [...keys, "image", "credit"], { optional: true })}`
                    : nothing
                }
                ${this.text("Link address", [...keys, "link", "url"], {
                  optional: true,
                  type: "url",
                  onInput: (value) =>
                    this.edit(
                      [...keys, "link"],
                      value === undefined ? undefined : { ...event.link, url: value },
                    ),
                })}
                ${event.link ? this.text("Link text", [...keys, "link", "label"], { optional: true }) : nothing}
              </fieldset>
              ${this.text("Id", [...keys, "id"], {
                hint: "Names the event in links and questions; made from the title until you change it.",
                onInput: (value) =>
                  this.change(
                    renameEvent(this.story, index, value ?? ""),
                    [...keys, "id"].join("/"),
                  ),
              })}
              <button
                @click=${() => {
                  this.open = new Set();
                  this.change(
                    removeEvent(this.story, index),
                    undefined,
                    `Event “${event.title || "untitled"}” removed. Undo with Control+Z.`,
                  );
                }}
              >
                Remove this event
              </button>
            </div>`
          : nothing
      }
    </details>`;
  }

  /** For an item `backstory draft` or `import` proposed: what it is, and the way to accept it. */
  private reviewBox(keys: PathKey[], what: string) {
    if (getAt(this.story, [...keys, "draft"]) !== true) return nothing;
    return html`<div class="review" role="group" aria-label=${`Review this ${what}`}>
      <p>
        <strong>Proposed, not reviewed yet.</strong> Check this ${what} against the article and
        correct it; a story with proposals cannot be built.
      </p>
      <button
        class="primary"
        @click=${() =>
          this.change(
            setAt(this.story, [...keys, "draft"], undefined),
            undefined,
            `The ${what} is marked as reviewed.`,
          )}
      >
        Mark this ${what} as reviewed
      </button>
    </div>`;
  }

  private citationField(keys: PathKey[]) {
    const quoteKeys = [...keys, "citation", "quote"];
    const quote = String(getAt(this.story, quoteKeys) ?? "");
    const match = quote.trim() ? findCitation(quote, this.paragraphs) : undefined;
    return this.text("Citation: the article's words", quoteKeys, {
      multiline: true,
      hint: match
        ? `Found in paragraph ${match.paragraph} of the article.`
        : "Exactly as the article has them; select them in the article to copy them.",
    });
  }

  private renderEventTags(event: TimelineEvent, index: number) {
    const keys: PathKey[] = ["timeline", "events", index, "tags"];
    const tags = [...this.allTags().keys()];
    const own = event.tags ?? [];
    const id = fieldId(keys);
    const pending = this.newTags.get(index) ?? "";
    const setTags = (next: string[]) => this.edit(keys, next.length ? next : undefined);
    const add = () => {
      const tag = pending.trim();
      if (!tag) return;
      if (!own.includes(tag)) setTags([...own, tag]);
      this.newTags = new Map(this.newTags).set(index, "");
    };
    return html`<fieldset>
      <legend>Tags <span class="optional">(optional)</span></legend>
      ${
        tags.length
          ? html`<div class="row">
              ${tags.map(
                (tag) => html`<label class="check"
                  ><input
                    type="checkbox"
                    .checked=${own.includes(tag)}
                    @change=${(e: Event) =>
                      setTags(
                        (e.target as HTMLInputElement).checked
                          ? [...own, tag]
                          : own.filter((t) => t !== tag),
                      )}
                  />${tag}</label
                >`,
              )}
            </div>`
          : nothing
      }
      <div class="row">
        <label for=${`${id}-new`} class="visually-hidden">New tag for this event</label>
        <input
          id=${`${id}-new`}
          style="flex: 1 1 10rem; inline-size: auto"
          placeholder="New tag"
          .value=${pending}
          @input=${(e: Event) => {
            this.newTags = new Map(this.newTags).set(index, (e.target as HTMLInputElement).value);
          }}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        />
        <button @click=${add}>Add tag</button>
      </div>
      ${problemList(`${id}-problems`, problemsWithin(this.problems, keys))}
    </fieldset>`;
  }

  // Eras ---------------------------------------------------------------------------------------

  private renderEras() {
    return html`
      <p class="section-intro">Eras group the timeline's events into named spans of time.</p>
      ${this.eras.map((era, index) => {
        const item = `eras/${index}`;
        const keys: PathKey[] = ["timeline", "eras", index];
        return html`<details
          class="item"
          data-item=${item}
          ?open=${this.open.has(item)}
          @toggle=${(e: Event) => this.toggled(item, e)}
        >
          ${this.itemSummary(keys, era.label || "Unnamed era")}
          ${
            this.open.has(item)
              ? html`<div class="item-body">
                  ${problemList(`${fieldId(keys)}-problems`, problemsAt(this.problems, keys))}
                  ${this.text("Name", [...keys, "label"], {
                    onInput: (value) => {
                      let story = setAt(this.story, [...keys, "label"], value);
                      if (/^era(-\d+)?$/.test(era.id) || era.id === slugify(era.label)) {
                        const taken = this.eras.filter((_, at) => at !== index).map((e) => e.id);
                        const id = uniqueId(value ?? "", taken, "era");
                        story = setAt(story, [...keys, "id"], id);
                        this.events.forEach((event, at) => {
                          if (event.era === era.id)
                            story = setAt(story, ["timeline", "events", at, "era"], id);
                        });
                      }
                      this.change(story, [...keys, "label"].join("/"));
                    },
                  })}
                  ${this.dateField("Starts", [...keys, "start"])}
                  ${this.dateField("Ends", [...keys, "end"])}
                  <button
                    @click=${() => {
                      let story = setAt(this.story, keys, undefined);
                      this.events.forEach((event, at) => {
                        if (event.era === era.id)
                          story = setAt(story, ["timeline", "events", at, "era"], undefined);
                      });
                      if (!story.timeline.eras?.length)
                        story = setAt(story, ["timeline", "eras"], undefined);
                      this.open = new Set();
                      this.change(story, undefined, "Era removed.");
                    }}
                  >
                    Remove this era
                  </button>
                </div>`
              : nothing
          }
        </details>`;
      })}
      <button
        @click=${() => {
          const era: Era = {
            id: uniqueId(
              "era",
              this.eras.map((e) => e.id),
            ),
            label: "",
            start: "",
            end: "",
          };
          this.change(
            setAt(this.story, ["timeline", "eras"], [...this.eras, era]),
            undefined,
            "New era added.",
          );
          this.show(`/timeline/eras/${this.eras.length}/label`);
        }}
      >
        New era
      </button>
    `;
  }

  // Tags ---------------------------------------------------------------------------------------

  private renderTags() {
    const tags = [...this.allTags()];
    const rename = (from: string, to: string | undefined) => {
      let story = this.story;
      this.events.forEach((event, index) => {
        if (!event.tags?.includes(from)) return;
        const next = event.tags
          .map((tag) => (tag === from ? to : tag))
          .filter((tag, at, list): tag is string => !!tag && list.indexOf(tag) === at);
        story = setAt(story, ["timeline", "events", index, "tags"], next.length ? next : undefined);
      });
      return story;
    };
    return html`
      <p class="section-intro">
        Readers filter the timeline by tag. Add tags in each event's form; rename or remove them here
        for every event at once.
      </p>
      ${
        tags.length === 0
          ? html`<p>No tags yet.</p>`
          : html`<ul class="choices">
              ${tags.map(
                ([tag, count], index) => html`<li>
                  <span class="count">${count}×</span>
                  <div class="row">
                    <label for=${`tag-${index}`} class="visually-hidden">Rename tag “${tag}”</label>
                    <input
                      id=${`tag-${index}`}
                      style="flex: 1 1 10rem; inline-size: auto"
                      .value=${tag}
                      @change=${(e: Event) => {
                        const to = (e.target as HTMLInputElement).value.trim();
                        if (to && to !== tag)
                          this.change(rename(tag, to), undefined, `Tag renamed to “${to}”.`);
                      }}
                    />
                    <button @click=${() => this.change(rename(tag, undefined), undefined, `Tag “${tag}” removed.`)}>
                      Remove from every event
                    </button>
                  </div>
                </li>`,
              )}
            </ul>`
      }
    `;
  }

  // Questions ----------------------------------------------------------------------------------

  private renderQuestions() {
    const quiz = this.story.quiz;
    return html`
      ${
        quiz
          ? html`${this.reviewBox(["quiz"], "quiz")}${this.text("Quiz title", ["quiz", "title"])}
            ${this.text("Introduction", ["quiz", "intro"], { optional: true, multiline: true })}
            ${problemList("f-quiz-problems", [...problemsAt(this.problems, ["quiz"]), ...problemsAt(this.problems, ["quiz", "questions"])])}`
          : nothing
      }
      <p class="section-intro">
        Select a passage in the article and choose “New question from this passage”: its words become
        the question's citation, shown to readers with the answer.
      </p>
      ${this.questions.map((question, index) => this.renderQuestion(question, index))}
    `;
  }

  private renderQuestion(question: Question, index: number) {
    const item = `questions/${index}`;
    const keys: PathKey[] = ["quiz", "questions", index];
    const kind = QUESTION_KINDS.find(([type]) => type === question.type)?.[1] ?? "";
    return html`<details
      class="item"
      data-item=${item}
      ?open=${this.open.has(item)}
      @toggle=${(e: Event) => this.toggled(item, e)}
    >
      ${this.itemSummary(keys, question.prompt || "Unwritten question", html`<span class="summary-date">${kind}</span>`)}
      ${
        this.open.has(item)
          ? html`<div class="item-body">
              ${problemList(`${fieldId(keys)}-problems`, problemsAt(this.problems, keys))}
              ${this.reviewBox(keys, "question")}
              ${this.select({
                label: "Kind of question",
                keys: [...keys, "type"],
                value: question.type,
                choices: QUESTION_KINDS,
                onChange: (type) =>
                  this.change(
                    setAt(this.story, keys, convertQuestion(question, type as QuestionType)),
                    undefined,
                    `The question is now “${QUESTION_KINDS.find(([t]) => t === type)?.[1]}”.`,
                  ),
              })}
              ${this.text("Question", [...keys, "prompt"], { multiline: true })}
              ${this.renderAnswer(question, keys)}
              ${this.text("Explanation", [...keys, "explanation"], {
                multiline: true,
                hint: "Shown to readers after they answer.",
              })}
              ${this.citationField(keys)}
              ${this.select({
                label: "About the event",
                keys: [...keys, "eventId"],
                value: question.eventId,
                choices: [
                  ["", "No event"],
                  ...this.events.map((event) => [event.id, event.title || event.id] as const),
                ],
                hint: "Readers can go from the question to this event on the timeline.",
                onChange: (value) => this.edit([...keys, "eventId"], value || undefined),
              })}
              ${this.text("Id", [...keys, "id"])}
              <button
                @click=${() => {
                  this.open = new Set();
                  const questions = this.questions.filter((_, at) => at !== index);
                  const story =
                    questions.length === 0
                      ? setAt(this.story, ["quiz"], undefined)
                      : setAt(this.story, ["quiz", "questions"], questions);
                  this.change(story, undefined, "Question removed. Undo with Control+Z.");
                }}
              >
                Remove this question
              </button>
            </div>`
          : nothing
      }
    </details>`;
  }

  private renderAnswer(question: Question, keys: PathKey[]) {
    switch (question.type) {
      case "single":
      case "multiple":
        return this.renderChoices(question, keys);
      case "true-false":
        return html`<fieldset>
          <legend>The statement is</legend>
          ${[true, false].map(
            (value) => html`<label class="check"
              ><input
                type="radio"
                name=${`${fieldId(keys)}-answer`}
                .checked=${question.answer === value}
                @change=${() => this.edit([...keys, "answer"], value)}
              />${value ? "True" : "False"}</label
            >`,
          )}
        </fieldset>`;
      case "order":
        return this.renderOrder(question, keys);
    }
  }

  private renderChoices(question: SingleChoiceQuestion | MultipleSelectQuestion, keys: PathKey[]) {
    const choices = question.choices ?? [];
    const single = question.type === "single";
    const answers = single ? [question.answer] : (question.answers ?? []);
    const choiceKeys = [...keys, "choices"];
    const focusChoice = (at: number) => this.focusSoon(fieldId([...choiceKeys, at, "text"]));
    const move = (from: number, offset: number) => {
      const to = from + offset;
      if (to < 0 || to >= choices.length) return;
      this.change(
        setAt(this.story, choiceKeys, moveItem(choices, from, offset)),
        undefined,
        `Choice moved to position ${to + 1} of ${choices.length}.`,
      );
      focusChoice(to);
    };
    const add = (after = choices.length - 1) => {
      const next = [...choices];
      next.splice(after + 1, 0, newChoice(choices));
      this.change(setAt(this.story, choiceKeys, next), undefined, `Choice ${after + 2} added.`);
      focusChoice(after + 1);
    };
    const remove = (at: number) => {
      const choice = choices[at] as Choice;
      let story = setAt(
        this.story,
        choiceKeys,
        choices.filter((_, i) => i !== at),
      );
      if (!single) {
        story = setAt(
          story,
          [...keys, "answers"],
          answers.filter((id) => id !== choice.id),
        );
      }
      this.change(story, undefined, `Choice ${at + 1} removed.`);
      focusChoice(Math.max(0, at - 1));
    };
    const setCorrect = (choice: Choice, checked: boolean) => {
      if (single) this.edit([...keys, "answer"], choice.id);
      else {
        const next = checked ? [...answers, choice.id] : answers.filter((id) => id !== choice.id);
        this.edit([...keys, "answers"], next);
      }
    };
    return html`<fieldset>
      <legend>Choices</legend>
      <p class="hint" id=${`${fieldId(choiceKeys)}-hint`}>
        Mark the correct ${single ? "one" : "ones"}. In a choice, Enter adds a choice after it;
        Alt+Up and Alt+Down move it.
      </p>
      <ol class="choices">
        ${choices.map((choice, at) => {
          const textKeys = [...choiceKeys, at, "text"];
          return html`<li>
            <label class="check correct"
              ><input
                type=${single ? "radio" : "checkbox"}
                name=${`${fieldId(keys)}-correct`}
                .checked=${answers.includes(choice.id)}
                aria-label=${`Choice ${at + 1} is correct`}
                @change=${(e: Event) => setCorrect(choice, (e.target as HTMLInputElement).checked)}
              /><span aria-hidden="true">Correct</span></label>
            ${textField({
              label: `Choice ${at + 1}`,
              keys: textKeys,
              value: choice.text,
              problems: this.problems,
              warnings: this.warnings,
              onInput: (value) => this.edit(textKeys, value),
              onKeydown: (event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  add(at);
                } else if (event.altKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
                  event.preventDefault();
                  move(at, event.key === "ArrowUp" ? -1 : 1);
                }
              },
            })}
            <div class="choice-tools">
              <button class="small" aria-label=${`Move choice ${at + 1} up`} ?disabled=${at === 0} @click=${() => move(at, -1)}>
                Up
              </button>
              <button
                class="small"
                aria-label=${`Move choice ${at + 1} down`}
                ?disabled=${at === choices.length - 1}
                @click=${() => move(at, 1)}
              >
                Down
              </button>
              <button class="small" aria-label=${`Remove choice ${at + 1}`} @click=${() => remove(at)}>Remove</button>
            </div>
          </li>`;
        })}
      </ol>
      <button @click=${() => add()}>Add a choice</button>
      ${problemList(`${fieldId(choiceKeys)}-problems`, [
        ...problemsAt(this.problems, choiceKeys),
        ...problemsWithin(this.problems, [...keys, single ? "answer" : "answers"]),
      ])}
    </fieldset>`;
  }

  private renderOrder(question: OrderQuestion, keys: PathKey[]) {
    const chosen = question.events ?? [];
    const eventsKeys = [...keys, "events"];
    const titles = new Map(this.events.map((event) => [event.id, event.title || event.id]));
    return html`<fieldset>
      <legend>Events readers put in order</legend>
      <p class="hint">Pick two or more; readers see them shuffled and put them in the order they happened.</p>
      ${this.events.map(
        (event) => html`<label class="check" style="display: flex"
          ><input
            type="checkbox"
            .checked=${chosen.includes(event.id)}
            @change=${(e: Event) => {
              const next = (e.target as HTMLInputElement).checked
                ? [...chosen, event.id]
                : chosen.filter((id) => id !== event.id);
              this.edit(eventsKeys, inDateOrder(this.story, next));
            }}
          />${event.title || event.id}</label
        >`,
      )}
      ${
        chosen.length
          ? html`<p class="hint">The correct order: ${chosen.map((id) => titles.get(id) ?? id).join(" → ")}.</p>`
          : nothing
      }
      ${problemList(`${fieldId(eventsKeys)}-problems`, problemsWithin(this.problems, eventsKeys))}
    </fieldset>`;
  }

  // Results ------------------------------------------------------------------------------------

  private renderResults() {
    const quiz = this.story.quiz;
    if (!quiz) return html`<p>Result bands come with the quiz: add a question first.</p>`;
    const total = quiz.questions.length;
    return html`
      <p class="section-intro">
        What readers are told at the end, by score. The bands must cover every score from 0 to
        ${total} once; the studio proposes them as questions come and go.
      </p>
      ${problemList("f-quiz-results-problems", problemsAt(this.problems, ["quiz", "results"]))}
      ${quiz.results.map((band, index) => {
        const keys: PathKey[] = ["quiz", "results", index];
        return html`<fieldset>
          <legend>Band ${index + 1}: scores ${band.min} to ${band.max}</legend>
          ${problemList(`${fieldId(keys)}-problems`, problemsAt(this.problems, keys))}
          <div class="bands">
            ${this.text("From score", [...keys, "min"], {
              type: "number",
              onInput: (value) =>
                this.edit(
                  [...keys, "min"],
                  value === undefined || value === "" ? 0 : Number(value),
                ),
            })}
            ${this.text("To score", [...keys, "max"], {
              type: "number",
              onInput: (value) =>
                this.edit(
                  [...keys, "max"],
                  value === undefined || value === "" ? 0 : Number(value),
                ),
            })}
          </div>
          ${this.text("Title", [...keys, "title"])} ${this.text("Text", [...keys, "text"], { multiline: true })}
          <button
            ?disabled=${quiz.results.length === 1}
            @click=${() =>
              this.change(
                setAt(
                  this.story,
                  ["quiz", "results"],
                  proposeResultBands(
                    total,
                    quiz.results.filter((_, at) => at !== index),
                  ),
                ),
                undefined,
                "Band removed; the others now cover every score.",
              )}
          >
            Remove this band
          </button>
        </fieldset>`;
      })}
      <div class="row">
        <button
          @click=${() =>
            this.change(
              setAt(this.story, ["quiz", "results"], proposeResultBands(total, quiz.results)),
              undefined,
              `Scores spread over the bands, 0 to ${total}.`,
            )}
        >
          Spread the scores evenly
        </button>
        <button
          ?disabled=${quiz.results.length > total}
          @click=${() =>
            this.change(
              setAt(
                this.story,
                ["quiz", "results"],
                proposeResultBands(total, [
                  ...quiz.results,
                  {
                    id: uniqueId(
                      "result",
                      quiz.results.map((b) => b.id),
                    ),
                    min: 0,
                    max: 0,
                    title: "",
                    text: "",
                  },
                ]),
              ),
              undefined,
              "Band added.",
            )}
        >
          Add a band
        </button>
      </div>
    `;
  }

  // Export -------------------------------------------------------------------------------------

  private renderExport() {
    const story = this.story;
    const address = this.storyAddress || `/stories/${story.id || "story"}.json`;
    const ready = this.problems.length === 0;
    let snippet = "";
    if (ready) {
      try {
        snippet = embedSnippet(story, {
          src: address,
          script: this.scriptAddress,
          widget: story.quiz ? "both" : "timeline",
        });
      } catch (error) {
        snippet = `The embed code cannot be made: ${(error as Error).message}`;
      }
    }
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(snippet);
        this.copied = "The embed code is copied: paste it into the article's page in the CMS.";
      } catch {
        const area = this.renderRoot.querySelector<HTMLTextAreaElement>("#snippet");
        area?.select();
        this.copied = "The browser did not allow copying: the code is selected, press Control+C.";
      }
    };
    const download = () => {
      // As `backstory build` writes it: sealed, so that readers' browsers need no checker.
      const built = sealStory(checkCitations(story, this.paragraphs).built);
      const blob = new Blob([storyToText(built)], { type: "application/json" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = `${story.id || "story"}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
    };
    return html`
      ${
        ready
          ? nothing
          : html`<p>
              The story has ${this.problems.length}
              ${this.problems.length === 1 ? "problem" : "problems"} to fix first: see the list above.
            </p>`
      }
      <h3>The built story file</h3>
      <p class="section-intro">
        What <code>backstory build</code> writes: the story with each citation's paragraph. Put it
        on the site where the embed code below says.
      </p>
      <button class="primary" aria-disabled=${ready ? "false" : "true"} @click=${() => ready && download()}>
        Download the built story
      </button>
      <h3 style="margin-block-start: 1.25rem">Embed code</h3>
      <div class="field">
        <label for="story-address">The story file's address on the site</label>
        <input
          id="story-address"
          .value=${address}
          @input=${(e: Event) => {
            this.storyAddress = (e.target as HTMLInputElement).value;
          }}
        />
      </div>
      <div class="field">
        <label for="script-address">The address of backstory.js on the site</label>
        <input
          id="script-address"
          .value=${this.scriptAddress}
          @input=${(e: Event) => {
            this.scriptAddress = (e.target as HTMLInputElement).value;
          }}
        />
      </div>
      <div class="field">
        <label for="snippet">Embed code (what <code>backstory embed</code> prints)</label>
        <textarea id="snippet" class="snippet" readonly .value=${snippet}></textarea>
      </div>
      <button class="primary" aria-disabled=${ready ? "false" : "true"} @click=${() => ready && copy()}>
        Copy embed code
      </button>
      <p role="status">${this.copied}</p>
    `;
  }

  override render() {
    if (!this.story) return nothing;
    const panels: Record<Tab, () => unknown> = {
      article: () => this.renderArticle(),
      events: () => this.renderEvents(),
      eras: () => this.renderEras(),
      tags: () => this.renderTags(),
      questions: () => this.renderQuestions(),
      results: () => this.renderResults(),
      export: () => this.renderExport(),
    };
    return html`
      ${this.renderOverview()} ${this.renderTabs()}
      <div role="tabpanel" id="panel" aria-labelledby=${`tab-${this.tab}`}>${panels[this.tab]()}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "backstory-studio-editor": BackstoryStudioEditor;
  }
}
