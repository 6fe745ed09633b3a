import { html, nothing, type PropertyDeclarations, type PropertyValues, render } from "lit";
import { type DateStyle, formatStoryDate, htmlDatetime } from "../../data/edtf-date.js";
import { storyDateOptions } from "../../data/story-dates.js";
import type { Story } from "../../data/story-format.js";
import {
  type EraSpan,
  eraSpans,
  orderEvents,
  type PlacedEvent,
  tagCounts,
} from "../../data/timeline-order.js";
import { BackstoryElement } from "../shared/backstory-element.js";
import { renderCitation } from "../shared/citation.js";
import { emit, type SelectCause } from "../shared/events.js";
import { themeStyles } from "../shared/theme.styles.js";
import { timelineStyles } from "./backstory-timeline.styles.js";
import { ENGLISH_TIMELINE_STRINGS, type TimelineStrings } from "./strings.js";

/** Slots rendered beyond each end of the visible part of the track. */
const OVERSCAN = 10;

/**
 * Stories up to this many events keep their print list in the DOM (hidden on screen), so that it
 * is there however printing starts; longer ones render it only while printing.
 */
const ALWAYS_PRINTABLE = 50;

/**
 * A clickable, keyboard-first timeline of a story's events, with eras, tag filters, a detail
 * panel that cites the article, and deep links. Wide containers get a horizontal track, narrow
 * ones a vertical list; only the part near view is rendered, so 10,000 events stay fast. The story
 * comes from `story`, `src`, or a `<script type="application/json">` child, in that order.
 *
 * @tagname backstory-timeline
 * @summary A timeline of a news story's events, each citing the article.
 *
 * @fires backstory-select - The reader selected an event (click, key, previous/next button or deep
 *   link); never fired for programmatic changes. Cancelable. `detail: {id, cause}`.
 * @fires backstory-ready - A story has rendered. `detail: {storyId}`.
 *
 * @csspart filters - The group of tag filter buttons.
 * @csspart filter - One tag filter button.
 * @csspart track - The scrolling track (horizontal) or list (vertical).
 * @csspart era - An era's band on the track.
 * @csspart list - The ordered list of events.
 * @csspart marker - One event's button on the track.
 * @csspart controls - The previous/next buttons.
 * @csspart detail - The panel showing the selected event.
 *
 * @cssprop --backstory-marker-size - Width of an event's slot on the horizontal track.
 * @cssprop --backstory-row-size - Height of an event's row in the vertical list.
 * @cssprop --backstory-list-height - Greatest height of the vertical list.
 */
export class BackstoryTimeline extends BackstoryElement<TimelineStrings> {
  static override properties: PropertyDeclarations = {
    selectedId: { attribute: "selected-id", reflect: true },
    deepLink: { attribute: "deep-link" },
    filter: { state: true },
    active: { state: true },
    range: { state: true },
    printing: { state: true },
  };

  static override styles = [themeStyles, timelineStyles];

  /** Id of the selected event. Setting it selects the event without a `backstory-select`. */
  selectedId?: string;

  /**
   * Opt-in deep links: the selected event is kept in the URL hash as `#<name>:<event-id>`, where
   * the name is this attribute's value or else the element's id.
   */
  deepLink?: string;

  /** @internal */
  protected readonly englishStrings = ENGLISH_TIMELINE_STRINGS;
  /** @internal Tags that filter the events; none shows all. */
  private filter = new Set<string>();
  /** @internal The list's tab stop, an index into `shown`. */
  private active = 0;
  /** @internal Indexes of `shown` near the visible part of the track. */
  private range = [0, 3 * OVERSCAN];
  /** @internal */
  private printing = false;
  /** @internal The way back offered next to an event `reveal` showed. */
  private back?: { id: string; label: string; action: () => void };
  /** @internal Every event, in date order. */
  private placed: PlacedEvent[] = [];
  /** @internal */
  private byId = new Map<string, PlacedEvent>();
  /** @internal The events the filter lets through, in date order. */
  private shown: PlacedEvent[] = [];
  /** @internal Index of each shown event in `shown`. */
  private positions = new Map<string, number>();
  /** @internal */
  private spans: EraSpan[] = [];
  /** @internal */
  private tags: [string, number][] = [];
  /** @internal The story the fields above were computed from. */
  private prepared?: Story;
  /** @internal */
  private readyFor?: Story;
  /** @internal */
  private readonly resizes = new ResizeObserver(() => this.measure());
  /** @internal The list element the observer watches. */
  private measured?: Element;

  /** Selects an event without firing `backstory-select`. Returns false if there is no such event. */
  select(id: string): boolean {
    if (this.prepared && !this.byId.has(id)) return false;
    this.selectedId = id;
    return true;
  }

  /** Selects the next event the filter shows. */
  next(): void {
    this.step(1);
  }

  /** Selects the previous event the filter shows. */
  previous(): void {
    this.step(-1);
  }

  /**
   * Shows an event: clears a filter that hides it, selects it (without `backstory-select`),
   * scrolls it into view and moves focus to it. Returns false if there is no such event.
   * With `back`, the event's detail offers a button with that label, e.g. "Back to question 3",
   * that calls `back.action`: the way back to whatever sent the reader here.
   */
  reveal(eventId: string, back?: { label: string; action: () => void }): boolean {
    this.back = back && { id: eventId, ...back };
    this.requestUpdate();
    return this.bring(eventId, "focus");
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizes.observe(this);
    this.listen("addEventListener");
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizes.disconnect();
    this.measured = undefined;
    this.listen("removeEventListener");
  }

  /**
   * @internal Window events: deep links, and printing. Long stories build their print list when
   * the browser is about to print (`beforeprint`), short ones keep it all the time.
   */
  private listen(method: "addEventListener" | "removeEventListener"): void {
    for (const type of ["hashchange", "beforeprint", "afterprint"])
      window[method](type, this.onWindow);
  }

  /** @internal The name of this timeline in deep links. */
  private get linkName(): string {
    return this.deepLink || this.id || "timeline";
  }

  /** @internal */
  private get current(): PlacedEvent | undefined {
    return this.byId.get(this.selectedId ?? "");
  }

  protected override willUpdate(changed: PropertyValues): void {
    const story = this.loader.story;
    if (!story) return;
    const fresh = story !== this.prepared;
    if (fresh) {
      this.prepared = story;
      this.placed = orderEvents(story.timeline.events);
      this.byId = new Map(this.placed.map((item) => [item.event.id, item]));
      this.tags = tagCounts(this.placed);
      this.filter = new Set();
      this.range = [0, 3 * OVERSCAN];
      if (!this.current) this.selectedId = this.placed[0]?.event.id;
    }
    const refilter = fresh || changed.has("filter");
    if (refilter) {
      const { filter } = this;
      this.shown = filter.size
        ? this.placed.filter(({ event }) => event.tags?.some((tag) => filter.has(tag)))
        : this.placed;
      this.positions = new Map(this.shown.map(({ event }, index) => [event.id, index]));
      this.spans = eraSpans(story.timeline.eras ?? [], this.shown);
    }
    const current = this.current;
    if (refilter || changed.has("selectedId")) {
      this.active =
        this.positions.get(this.selectedId ?? "") ??
        Math.max(0, Math.min(this.active, this.shown.length - 1));
    }
    if (!current || fresh) return;
    if (changed.has("selectedId")) {
      this.announce(
        this.say("selected", { date: this.dateText(current, "long"), title: current.event.title }),
      );
    } else if (changed.has("filter") && !this.positions.has(current.event.id)) {
      this.announce(this.text.hiddenByFilter);
    }
  }

  protected override updated(changed: PropertyValues): void {
    const story = this.prepared;
    if (!story) return;
    this.placeMarkers();
    // The window of rendered slots follows the list's size (a filter changes it) and the track's,
    // measured once layout has happened: measuring here would render twice for every change.
    const list = this.renderRoot.querySelector('[part="list"]');
    if (list && list !== this.measured) {
      if (this.measured) this.resizes.unobserve(this.measured);
      this.resizes.observe(list);
      this.measured = list;
    }
    // Keep the selected event in view of the track, whatever changed it.
    if (changed.has("selectedId") || changed.has("filter") || story !== this.readyFor) {
      void this.settle(this.selectedId ?? "");
    }
    if (story !== this.readyFor) {
      this.readyFor = story;
      // A deep link selects its event once this first render is done, as a render of its own.
      void this.updateComplete.then(() => this.onHash());
    }
  }

  /** @internal */
  protected renderStory(story: Story, text: TimelineStrings) {
    const level = this.level();
    const count = this.shown.length;
    const [from = 0, to = 0] = this.range;
    const position = this.positions.get(this.selectedId ?? "");
    const current = this.current;
    return html`<section part="base" aria-labelledby="heading" lang=${story.article.language}>
<div id="heading" part="heading" role="heading" aria-level=${level}>${story.timeline.title ?? story.article.headline}</div>
${
  this.tags.length
    ? html`<div part="filters" role="group" aria-label=${text.filters}>${this.tags.map(
        ([tag, tagged]) =>
          html`<button part="filter" aria-pressed=${this.filter.has(tag)} @click=${() => this.toggle(tag)}>${tag} (${tagged})</button>`,
      )}</div>`
    : nothing
}
<div class="track" part="track" data-count=${count} @scroll=${this.measure}>
<div class="eras" aria-hidden="true">${this.spans
      .filter((span) => span.to >= from && span.from <= to)
      .map(
        (span) =>
          html`<div part="era" data-from=${span.from} data-span=${span.to - span.from + 1}><span>${span.era.label}</span></div>`,
      )}</div>
<ol part="list" aria-label=${text.events} @click=${this.onClick} @keydown=${this.onKey}></ol>
</div>
<div class="controls" part="controls">
<button aria-disabled=${position === 0} @click=${() => this.step(-1, "button")}>${text.previous}</button>
<button aria-disabled=${position === count - 1} @click=${() => this.step(1, "button")}>${text.next}</button>
</div>
${
  current
    ? html`<div class="detail" part="detail">${position === undefined ? html`<p><strong>${text.hiddenByFilter}</strong></p>` : nothing}${this.renderEvent(current, level + 1, text)}${
        this.back?.id === current.event.id
          ? html`<button @click=${this.back.action}>${this.back.label}</button>`
          : nothing
      }</div>`
    : nothing
}
${
  this.printing || this.placed.length <= ALWAYS_PRINTABLE
    ? html`<ol class="print">${this.placed.map((item) => html`<li>${this.renderEvent(item, level + 1, text)}</li>`)}</ol>`
    : nothing
}
</section>`;
  }

  /**
   * @internal Puts the markers near view, the selected one and the tab stop in the list, keyed
   * by event: an event keeps its `<li>` while it stays rendered, so the focused marker never turns
   * into another event as the window slides, and kept items never move (moving would drop focus).
   */
  private placeMarkers(): void {
    const list = this.renderRoot.querySelector('[part="list"]');
    if (!list) return;
    const count = this.shown.length;
    const [from = 0, to = 0] = this.range;
    const picked = new Set<number>();
    for (let index = from; index < Math.min(to + 1, count); index++) picked.add(index);
    const position = this.positions.get(this.selectedId ?? "");
    if (position !== undefined) picked.add(position);
    if (count) picked.add(this.active);
    const indexes = [...picked].sort((a, b) => a - b);
    const wanted = new Set(indexes.map((index) => this.shown[index]?.event.id));
    const kept = new Map<string | undefined, HTMLElement>();
    for (const item of [...list.children] as HTMLElement[]) {
      if (wanted.has(item.dataset.id)) kept.set(item.dataset.id, item);
      else item.remove();
    }
    let previous: Element | null = null;
    for (const index of indexes) {
      const placed = this.shown[index] as PlacedEvent;
      const item = kept.get(placed.event.id) ?? document.createElement("li");
      item.dataset.id = placed.event.id;
      item.setAttribute("aria-setsize", String(count));
      item.setAttribute("aria-posinset", String(index + 1));
      // Through the CSSOM, which a strict Content-Security-Policy allows, unlike style attributes.
      item.style.setProperty("--_from", String(index));
      render(this.renderMarker(placed, index), item, { host: this });
      if ((previous ? previous.nextElementSibling : list.firstElementChild) !== item) {
        if (previous) previous.after(item);
        else list.prepend(item);
      }
      previous = item;
    }
    for (const node of this.renderRoot.querySelectorAll<HTMLElement>('[part="era"], .track')) {
      for (const [key, value] of Object.entries(node.dataset)) {
        node.style.setProperty(`--_${key}`, value ?? "");
      }
    }
  }

  /** @internal */
  private renderMarker(item: PlacedEvent, index: number) {
    return html`<button part="marker" data-index=${index} tabindex=${index === this.active ? 0 : -1} aria-current=${item.event.id === this.selectedId ? "true" : "false"}>${this.renderDate(item, "short")} <span>${item.event.title}</span></button>`;
  }

  /** @internal */
  private renderEvent(item: PlacedEvent, level: number, text: TimelineStrings) {
    const { citation, image, link, tags = [], dateNote } = item.event;
    const story = this.prepared as Story;
    return html`<article>
<p class="date">${this.renderDate(item, "long")}</p>
<div role="heading" aria-level=${level}>${item.event.title}</div>
${dateNote ? html`<p class="note">${dateNote}</p>` : nothing}
<p>${item.event.summary}</p>
${tags.length ? html`<ul class="tags" aria-label=${text.tags}>${tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : nothing}
${
  image
    ? html`<figure><img src=${image.src} alt=${image.alt} loading="lazy">${image.credit ? html`<figcaption>${image.credit}</figcaption>` : nothing}</figure>`
    : nothing
}
${link ? html`<p><a href=${link.url}>${link.label ?? link.url}</a></p>` : nothing}
${renderCitation(story, citation, text, this.locale)}
</article>`;
  }

  /** @internal */
  private renderDate(item: PlacedEvent, style: DateStyle) {
    // HTML has no datetime for years BCE; a <time> without one would claim its text is one.
    const datetime = htmlDatetime(item.date);
    const text = this.dateText(item, style);
    return datetime ? html`<time datetime=${datetime}>${text}</time>` : html`<span>${text}</span>`;
  }

  /** @internal */
  private dateText({ event, date }: PlacedEvent, style: DateStyle): string {
    const options = storyDateOptions(this.prepared as Story);
    return event.displayDate ?? formatStoryDate(date, this.locale, style, undefined, options);
  }

  /** @internal */
  private marker(index: number): HTMLElement | null {
    return this.renderRoot.querySelector(`[data-index="${index}"]`);
  }

  /** @internal Which slots are near view, from the track's scroll position and slot size. */
  private measure = (): void => {
    const track = this.renderRoot.querySelector<HTMLElement>(".track");
    const list = track?.querySelector("ol");
    const count = this.shown.length;
    if (!track || !list || !count) return;
    // The vertical layout is chosen by a container query, which sets this flag.
    const vertical = !!getComputedStyle(list).getPropertyValue("--_vertical");
    const slot = (vertical ? list.offsetHeight : list.offsetWidth) / count;
    const start = vertical ? track.scrollTop : Math.abs(track.scrollLeft);
    const view = vertical ? track.clientHeight : track.clientWidth;
    const from = Math.max(0, Math.floor(start / slot) - OVERSCAN);
    const to = Math.ceil((start + view) / slot) + OVERSCAN;
    if (from !== this.range[0] || to !== this.range[1]) this.range = [from, to];
  };

  /**
   * @internal After the next render, centres an event in the track, then either focuses it or
   * scrolls the page to it. The track alone moves for programmatic changes, so the page never jumps.
   */
  private async settle(id: string, page?: "focus" | "scroll"): Promise<void> {
    await this.updateComplete;
    const track = this.renderRoot.querySelector(".track");
    const marker = this.marker(this.positions.get(id) ?? -1);
    if (!track || !marker) return;
    const outer = track.getBoundingClientRect();
    const inner = marker.getBoundingClientRect();
    track.scrollBy(
      (inner.left + inner.right - outer.left - outer.right) / 2,
      (inner.top + inner.bottom - outer.top - outer.bottom) / 2,
    );
    if (page === "focus") marker.focus();
    else if (page) marker.scrollIntoView({ block: "nearest" });
  }

  /** @internal */
  private bring(id: string, page: "focus" | "scroll"): boolean {
    if (!this.byId.has(id)) return false;
    if (!this.positions.has(id)) this.filter = new Set();
    this.selectedId = id;
    void this.settle(id, page);
    return true;
  }

  /** @internal */
  private step(delta: number, cause?: SelectCause): void {
    const position = this.positions.get(this.selectedId ?? "");
    const target = this.shown[position === undefined ? 0 : position + delta];
    if (!target) return;
    if (cause && !this.choose(target.event.id, cause)) return;
    this.selectedId = target.event.id;
  }

  /** @internal A reader's selection: announced as `backstory-select`, which the host may cancel. */
  private choose(id: string, cause: SelectCause): boolean {
    if (id === this.selectedId) return true;
    if (!emit(this, "backstory-select", { id, cause }, true)) return false;
    this.selectedId = id;
    if (this.deepLink != null && cause !== "hash") {
      history.replaceState(history.state, "", `#${this.linkName}:${id}`);
    }
    return true;
  }

  /** @internal */
  private toggle(tag: string): void {
    const filter = new Set(this.filter);
    if (filter.has(tag)) filter.delete(tag);
    else filter.add(tag);
    this.filter = filter;
  }

  /** @internal */
  private onClick(event: MouseEvent): void {
    const index = Number((event.target as Element).closest("button")?.dataset.index);
    const item = this.shown[index];
    if (!item) return;
    this.active = index;
    // Enter and Space on a button make a click with no pointer, so `detail` is 0.
    this.choose(item.event.id, event.detail ? "click" : "keyboard");
  }

  /** @internal Roving focus within the list: arrows (mirrored right-to-left), Home, End. */
  private onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const at = this.active;
    const forward = getComputedStyle(this).direction === "rtl" ? -1 : 1;
    const last = this.shown.length - 1;
    const target = (
      {
        Home: 0,
        End: last,
        ArrowUp: at - 1,
        ArrowDown: at + 1,
        ArrowLeft: at - forward,
        ArrowRight: at + forward,
      } as Record<string, number>
    )[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.active = Math.max(0, Math.min(last, target));
    void this.updateComplete.then(() => this.marker(this.active)?.focus());
  }

  /** @internal */
  private onWindow = (event: Event): void => {
    if (event.type === "hashchange") this.onHash();
    // Only while printing: at 10,000 events this list is large.
    else this.printing = event.type === "beforeprint";
  };

  /** @internal Selects the event a `#<name>:<event-id>` hash names, if it names this element. */
  private onHash(): void {
    if (this.deepLink == null) return;
    const hash = location.hash.slice(1);
    const at = hash.lastIndexOf(":");
    const id = hash.slice(at + 1);
    if (at < 0 || hash.slice(0, at) !== this.linkName || !this.byId.has(id)) return;
    if (this.choose(id, "hash")) this.bring(id, "scroll");
  }
}
