import { html, nothing, type PropertyDeclarations, type PropertyValues, render } from "lit";
import {
  type DateStyle,
  formatStoryDate,
  htmlDatetime,
  parseStoryDate,
} from "../../data/edtf-date.js";
import { type LayoutItem, layoutMarkers, standOut } from "../../data/marker-layout.js";
import { safeAddress } from "../../data/safe-address.js";
import { storyDateOptions } from "../../data/story-dates.js";
import type { Era, Story } from "../../data/story-format.js";
import {
  dateInterval,
  scaleTicks,
  type Tick,
  type TimeInterval,
  type TimeScale,
  timeScale,
} from "../../data/time-scale.js";
import { orderEvents, type PlacedEvent, tagCounts } from "../../data/timeline-order.js";
import { BackstoryElement } from "../shared/backstory-element.js";
import { renderCitation } from "../shared/citation.js";
import { emit, type SelectCause } from "../shared/events.js";
import { themeStyles } from "../shared/theme.styles.js";
import { timelineStyles } from "./backstory-timeline.styles.js";
import { DeepLinks } from "./deep-links.js";
import { ENGLISH_TIMELINE_STRINGS, type TimelineStrings } from "./strings.js";
import { TrackView } from "./track-view.js";

/**
 * Stories up to this many events keep every event's detail in the DOM, stacked in the detail
 * panel (so the panel is as tall as the tallest, and the article below never jumps) and printed;
 * longer ones render the selected one, and all of them only while printing.
 */
const ALWAYS_PRINTABLE = 50;

/** An event's time on the axis, and how it is drawn: a bar for spans, dashed when estimated. */
interface Mark extends TimeInterval {
  bar: boolean;
  estimate: boolean;
}

/** An era on the axis: its place, in pixels, and its row. */
interface EraBand {
  era: Era;
  start: number;
  end: number;
  row: number;
  /** How far its label stands back from the band's start, so it fits on the axis. */
  shift: number;
}

/**
 * A clickable, keyboard-first timeline of a story's events on a time axis: events placed by
 * date (long empty stretches compressed and marked as breaks), spans as bars, eras as bands,
 * zoom, an overview strip, tag filters, a detail panel that cites the article, and deep links.
 * Events too close to show apart stack in rows, then gather in clusters; only the part of the
 * axis near view is rendered, so 10,000 events stay fast. Narrow containers get one card under a
 * compact axis of dots. The story comes from `story`, `src`, or a `<script type="application/json">`
 * child, in that order.
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
 * @csspart track - The scrolling track that holds the axis.
 * @csspart era - An era's band on the axis.
 * @csspart list - The ordered list of events.
 * @csspart marker - One event's button on the axis (or a cluster's).
 * @csspart axis - The time axis with its ticks and breaks.
 * @csspart overview - The overview strip of the whole story.
 * @csspart controls - The previous/next and zoom buttons.
 * @csspart detail - The panel showing the selected event.
 *
 */
export class BackstoryTimeline extends BackstoryElement<TimelineStrings> {
  static override properties: PropertyDeclarations = {
    selectedId: { attribute: "selected-id", reflect: true },
    deepLink: { attribute: "deep-link" },
    filter: { state: true },
    active: { state: true },
    zoom: { state: true },
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
  /** @internal How many times the whole story the axis is wide. */
  private zoom = 1;
  /** @internal Pixels of the axis that dates are spread over (the last label needs room). */
  private room = 0;
  /** @internal */
  private printing = false;
  /** @internal The way back offered next to an event `reveal` showed. */
  private back?: { id: string; label: string; action: () => void };
  /** @internal Every event, in date order. */
  private placed: PlacedEvent[] = [];
  /** @internal */
  private byId = new Map<string, PlacedEvent>();
  /** @internal The time each event covers, and how it is drawn. */
  private times = new Map<PlacedEvent, Mark>();
  /** @internal The axis of the whole story (filters never change it). */
  private scale?: TimeScale;
  /** @internal The events the filter lets through, in date order. */
  private shown: PlacedEvent[] = [];
  /** @internal Index of each shown event in `shown`. */
  private positions = new Map<string, number>();
  /** @internal The axis's ticks near view. */
  private ticks: Tick[] = [];
  /** @internal Markers and clusters, placed, with the selected and focused events on their own. */
  private items: LayoutItem[] = [];
  /** @internal The layout of every shown event, before any stands out of its cluster. */
  private base: LayoutItem[] = [];
  /** @internal Where each shown event's mark starts and ends on the axis, in pixels. */
  private ends: [number[], number[]] = [[], []];
  /** @internal */
  private bands: EraBand[] = [];
  /** @internal Each era with the time it covers. */
  private eras: [Era, TimeInterval][] = [];
  /** @internal */
  private tags: [string, number][] = [];
  /** @internal The story the fields above were computed from. */
  private prepared?: Story;
  /** @internal */
  private readyFor?: Story;
  /** @internal */
  /** @internal The track's view: its width, its scroll, the window of the axis rendered. */
  private readonly view = new TrackView(this);
  /** @internal Deep links: the selected event in the address's hash. */
  private readonly links = new DeepLinks(this, (id) => {
    if (this.byId.has(id) && this.choose(id, "hash")) this.bring(id, "scroll");
  });
  /** @internal The view's width, rem and axis the layout was made for. */
  private laidFor = "";
  /** @internal The window of the axis the ticks were made for. */
  private ticksFor?: readonly number[];

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
    this.listen("addEventListener");
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listen("removeEventListener");
  }

  /**
   * @internal Printing: long stories build their print list when the browser is about to print
   * (`beforeprint`), short ones keep it all the time.
   */
  private listen(method: "addEventListener" | "removeEventListener"): void {
    for (const type of ["beforeprint", "afterprint"]) window[method](type, this.onPrint);
  }

  /** @internal */
  private get current(): PlacedEvent | undefined {
    return this.byId.get(this.selectedId ?? "");
  }

  /** @internal The most the axis can be zoomed: until about a year fills the view, 4× at least. */
  private get deepest(): number {
    return 2 ** Math.min(6, Math.max(2, Math.ceil(Math.log2(this.scale?.years ?? 1))));
  }

  protected override willUpdate(changed: PropertyValues): void {
    const story = this.loader.story;
    if (!story) return;
    const fresh = story !== this.prepared;
    if (fresh) {
      this.prepared = story;
      this.placed = orderEvents(story.timeline.events);
      this.byId = new Map(this.placed.map((item) => [item.event.id, item]));
      this.times = new Map(
        this.placed.map((item) => {
          const { date, event } = item;
          const point = date.start ?? date.end;
          const precision = point?.precision ?? "";
          return [
            item,
            {
              ...dateInterval(date),
              bar: date.interval || precision === "decade" || precision === "century",
              estimate: !!(point?.approximate || point?.uncertain || event.displayDate),
            },
          ];
        }),
      );
      this.eras = [];
      for (const era of story.timeline.eras ?? []) {
        const start = parseStoryDate(era.start);
        const end = parseStoryDate(era.end);
        if (start && end)
          this.eras.push([era, { start: dateInterval(start).start, end: dateInterval(end).end }]);
      }
      this.scale = timeScale([...this.times.values(), ...this.eras.map((era) => era[1])]);
      this.tags = tagCounts(this.placed);
      this.filter = new Set();
      this.zoom = 1;
      if (!this.current) this.selectedId = this.placed[0]?.event.id;
    }
    const refilter = fresh || changed.has("filter");
    if (refilter) {
      const { filter } = this;
      this.shown = filter.size
        ? this.placed.filter(({ event }) => event.tags?.some((tag) => filter.has(tag)))
        : this.placed;
      this.positions = new Map(this.shown.map(({ event }, index) => [event.id, index]));
    }
    const current = this.current;
    if (refilter || changed.has("selectedId")) {
      this.active =
        this.positions.get(this.selectedId ?? "") ??
        Math.max(0, Math.min(this.active, this.shown.length - 1));
    }
    // A new selection or tab stop keeps the layout: at 10,000 events a layout takes longer than
    // a frame. It only stands out of its cluster.
    const { view } = this;
    const key = `${view.width} ${view.rem} ${view.compact}`;
    const laid = refilter || changed.has("zoom") || changed.has("lang") || key !== this.laidFor;
    this.laidFor = key;
    if (laid) this.lay();
    if (laid || view.range !== this.ticksFor) {
      this.ticksFor = view.range;
      const width = this.view.width * this.zoom;
      const [from = 0, to = 0] = this.view.range;
      this.ticks = scaleTicks(this.scale as TimeScale, width - this.view.rem, this.locale, {
        from: from / width,
        to: to / width,
      });
    }
    if (laid || changed.has("selectedId") || changed.has("active")) {
      const [starts, ends] = this.ends;
      this.items = standOut(
        this.base,
        [this.positions.get(this.selectedId ?? "") ?? -1, this.active],
        starts,
        ends,
        this.view.width * this.zoom,
        this.label,
      );
    }
    if (!current || fresh) return;
    if (changed.has("selectedId")) {
      this.announce(
        this.say("selected", { date: this.dateText(current, "long"), title: current.event.title }),
      );
    } else if (changed.has("filter")) {
      const shown = this.say("shown", { shown: this.shown.length, total: this.placed.length });
      this.announce(
        this.positions.has(current.event.id) ? shown : `${shown} ${this.text.hiddenByFilter}`,
      );
    }
  }

  /** @internal Pixels from the axis's start of a time, at the current zoom. */
  private at(time: number): number {
    return (this.scale as TimeScale).position(time) * this.room;
  }

  /** @internal How wide a marker's label is, in pixels. */
  private get label(): number {
    return (this.view.compact ? 2 : 10.5) * this.view.rem;
  }

  /** @internal Places the markers, clusters and era bands for the current width and zoom. */
  private lay(): void {
    const { rem, compact } = this.view;
    const { shown } = this;
    // The compact axis keeps room for its last dot.
    this.room = this.view.width * this.zoom - (compact ? 2.25 : 1) * rem;
    const starts = shown.map((item) => this.at(this.mark(item).start));
    const ends = shown.map((item, index) => {
      const mark = this.mark(item);
      return mark.bar ? this.at(mark.end) : (starts[index] as number);
    });
    this.ends = [starts, ends];
    this.base = layoutMarkers(
      starts,
      ends,
      this.view.width * this.zoom,
      this.label,
      compact ? 2 : 3,
    );
    // Era bands take their true duration; overlapping ones, or a label longer than its band,
    // go to the next row.
    // A label near the axis's end stands back (`shift`), so it is never cut off.
    const rows: number[] = [];
    this.bands = this.eras.map(([era, time]) => {
      const start = this.at(time.start);
      const label = (era.label.length + 2) * 0.5 * rem;
      const shift = Math.max(-start, Math.min(0, this.view.width * this.zoom - label - start));
      const band = { era, start, end: this.at(time.end), row: 0, shift };
      while ((rows[band.row] ?? -1e9) > start + shift) band.row++;
      rows[band.row] = Math.max(band.end, start + shift + label);
      return band;
    });
  }

  /** @internal */
  private mark(item: PlacedEvent): Mark {
    return this.times.get(item) as Mark;
  }

  protected override updated(changed: PropertyValues): void {
    const story = this.prepared;
    if (!story) return;
    this.placeMarkers();
    // Through the CSSOM, which a strict Content-Security-Policy allows, unlike style attributes.
    for (const node of this.renderRoot.querySelectorAll<HTMLElement>("[data-start]")) {
      for (const [key, value] of Object.entries(node.dataset)) setStyle(node, key, value ?? "");
    }
    // Measured now, so the first frame the reader sees is already laid out; after a zoom, for
    // the overview. Not on every update: a measure forces a layout before the frame's own.
    if (story !== this.readyFor || changed.has("zoom")) this.view.measure();
    // Keep the selected event in view of the track, whatever changed it.
    if (
      ["selectedId", "filter", "zoom"].some((key) => changed.has(key)) ||
      story !== this.readyFor
    ) {
      void this.settle(this.selectedId ?? "");
    }
    if (story !== this.readyFor) {
      this.readyFor = story;
      // A deep link selects its event once this first render is done, as a render of its own.
      void this.updateComplete.then(() => this.links.read());
    }
  }

  /** @internal */
  protected renderStory(story: Story, text: TimelineStrings) {
    const level = this.level();
    const count = this.shown.length;
    const position = this.positions.get(this.selectedId ?? "");
    const current = this.current;
    const width = this.view.width * this.zoom;
    const scale = this.scale as TimeScale;
    const pressed = this.filter.size;
    const stacked = this.placed.length <= ALWAYS_PRINTABLE;
    return html`<section part="base" class=${this.view.compact ? "compact" : ""} aria-labelledby="heading" lang=${story.article.language} @keydown=${this.onZoomKey}>
<div id="heading" part="heading" role="heading" aria-level=${level}>${story.timeline.title ?? story.article.headline}</div>
${
  this.tags.length
    ? html`<div part="filters" class="filters" role="group" aria-labelledby="filters-label"><span id="filters-label">${text.filters}${pressed > 1 ? ` ${text.anyOf}` : ""}</span><button part="filter" aria-pressed=${!pressed} @click=${() => this.toggle()}>${text.all} (${this.placed.length})</button>${this.tags.map(
        ([tag, tagged]) =>
          html`<button part="filter" aria-pressed=${this.filter.has(tag)} @click=${() => this.toggle(tag)}>${tag} (${tagged})</button>`,
      )}</div>`
    : nothing
}
${
  this.placed.length
    ? html`<div class="track" part="track" @scroll=${this.view.measure}>
<div class="plot" data-start="0" data-width=${width} data-rows=${this.view.compact ? 2 : 3} data-eras=${Math.max(0, ...this.bands.map((band) => band.row + 1))}>
<div class="eras" aria-hidden="true">${this.bands.map(
        (band) =>
          html`<div part="era" class="era" data-start=${band.start} data-span=${Math.max(2, band.end - band.start)} data-at=${band.row} data-shift=${band.shift}><span>${band.era.label}</span></div>`,
      )}</div>
<ol part="list" class="list" aria-label=${text.events} @click=${this.onClick} @keydown=${this.onKey}></ol>
<div part="axis" class="axis" aria-hidden="true">${scale.pieces.map(
        (piece) =>
          html`<div class=${piece.compressed ? "break" : "piece"} data-start=${this.at(piece.from)} data-span=${this.at(piece.to) - this.at(piece.from)}></div>`,
      )}${this.ticks.map(
        (tick) => html`<div class="tick" data-start=${this.at(tick.time)}>${tick.label}</div>`,
      )}</div>
</div>
</div>
<div part="overview" class="overview" aria-hidden="true">${
        current
          ? html`<div class="chosen" data-start="0" data-left=${scale.position(this.mark(current).start) * 100}></div>`
          : nothing
      }<div class="viewport"></div></div>`
    : nothing
}
<div class="controls" part="controls">
<button aria-disabled=${position === 0} @click=${() => this.step(-1, "button")}>${text.previous}</button>
<span class="position">${position === undefined ? "" : this.say("position", { position: position + 1, count })}</span>
<button aria-disabled=${position === count - 1} @click=${() => this.step(1, "button")}>${text.next}</button>
<button class="zoom" aria-disabled=${this.zoom <= 1} aria-keyshortcuts="-" @click=${() => this.zoomBy(0.5)}>${text.zoomOut}</button><button aria-disabled=${this.zoom >= this.deepest} aria-keyshortcuts="+" @click=${() => this.zoomBy(2)}>${text.zoomIn}</button>
</div>
${
  current
    ? html`<div class="detail" part="detail">${
        position === undefined
          ? html`<p class="hidden-note"><strong>${text.hiddenByFilter}</strong></p>`
          : nothing
      }${(stacked || this.printing ? this.placed : [current]).map((item) =>
        this.renderEvent(item, level + 1, text, item === current ? "" : "off"),
      )}${
        this.back?.id === current.event.id
          ? html`<button @click=${this.back.action}>${this.back.label}</button>`
          : nothing
      }</div>`
    : nothing
}
</section>`;
  }

  /**
   * @internal Puts the markers near view, the selected one and the tab stop in the list, keyed
   * by their first event: an item keeps its `<li>` while it stays rendered, so the focused
   * marker never turns into another event as the window slides, and kept items never move
   * (moving would drop focus).
   */
  private placeMarkers(): void {
    const list = this.renderRoot.querySelector(".list");
    if (!list) return;
    const [from = 0, to = 0] = this.view.range;
    const position = this.positions.get(this.selectedId ?? "") ?? -1;
    const wanted = this.items.filter(
      ({ start, end, members }) =>
        (end >= from && start <= to) || members.includes(position) || members.includes(this.active),
    );
    const key = (item: LayoutItem) => this.shown[item.members[0] as number]?.event.id;
    const keys = new Set(wanted.map(key));
    const kept = new Map<string | undefined, HTMLElement>();
    for (const node of [...list.children] as HTMLElement[]) {
      if (keys.has(node.dataset.id)) kept.set(node.dataset.id, node);
      else node.remove();
    }
    let previous: Element | null = null;
    for (const item of wanted) {
      const { members } = item;
      const first = this.shown[members[0] as number] as PlacedEvent;
      const last = this.shown[members[members.length - 1] as number] as PlacedEvent;
      const mark = this.mark(first);
      const single = members.length < 2;
      const node = kept.get(first.event.id) ?? document.createElement("li");
      node.dataset.id = first.event.id;
      const dot = this.at(mark.start);
      const end = single && !mark.bar ? dot : this.at(this.mark(last).end);
      const style = {
        start: item.start,
        span: item.end - item.start - 0.5 * this.view.rem,
        at: item.row,
        dot: dot - item.start,
        // A cluster's bar stays within its box, which its neighbours keep clear.
        bar: Math.max(0, (single ? end : Math.min(end, item.end - 1.25 * this.view.rem)) - dot),
      };
      // Only what changed is written: each write restyles the marker.
      for (const [name, value] of Object.entries(style)) setStyle(node, name, `${value}`);
      const className = single
        ? `${mark.bar ? "bar" : ""} ${mark.estimate ? "estimate" : ""} ${first === this.current ? "selected" : ""} ${item.raised ? "raised" : ""}`
        : "cluster";
      if (node.className !== className) node.className = className;
      for (const [name, value] of [
        ["aria-setsize", this.shown.length],
        ["aria-posinset", (members[0] as number) + 1],
      ] as const) {
        if (!single) node.removeAttribute(name);
        else if (node.getAttribute(name) !== `${value}`) node.setAttribute(name, `${value}`);
      }
      render(this.renderMarker(item), node, { host: this });
      if ((previous ? previous.nextElementSibling : list.firstElementChild) !== node) {
        if (previous) previous.after(node);
        else list.prepend(node);
      }
      previous = node;
    }
  }

  /**
   * @internal An event's marker: its date and title; or a cluster's: how many events, from when
   * to when. A cluster has no place in the list's count, and a click opens it.
   */
  private renderMarker({ members }: LayoutItem) {
    const index = members[0] as number;
    const item = this.shown[index] as PlacedEvent;
    if (members.length < 2) {
      return html`<span class="mark"></span><button part="marker" class="marker" data-index=${index} tabindex=${index === this.active ? 0 : -1} aria-current=${item === this.current}>${this.renderDate(item, "short")} <span class="title">${item.event.title}</span></button>`;
    }
    const [from, to] = [index, members[members.length - 1] as number].map((at) => {
      const point = this.shown[at]?.date.start;
      return point
        ? formatStoryDate(
            { start: point, end: point, interval: false },
            this.locale,
            "short",
            undefined,
            storyDateOptions(this.prepared as Story),
          )
        : "";
    });
    return html`<span class="mark"></span><button part="marker" class="marker" data-cluster=${index} data-count=${members.length} tabindex="-1"><span class="count">${this.say("cluster", { count: members.length })}</span> <span class="title">${from === to ? from : `${from} – ${to}`}</span></button>`;
  }

  /** @internal */
  private renderEvent(item: PlacedEvent, level: number, text: TimelineStrings, state: string) {
    const { citation, tags = [], dateNote, displayDate } = item.event;
    // Checked again here: a built story is shown without the validator.
    const image = safeAddress(item.event.image?.src) && item.event.image;
    const link = safeAddress(item.event.link?.url) && item.event.link;
    const story = this.prepared as Story;
    const era = this.eraOf(item);
    return html`<article class=${state}>
${era ? html`<p class="era-name">${era.label}</p>` : nothing}
<p class="date">${this.renderDate(item, "long")}${displayDate ? html` <span class="estimate-note">(${this.say("estimate", { date: formatStoryDate(item.date, this.locale, "long", undefined, storyDateOptions(this.prepared as Story)) })})</span>` : nothing}</p>
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

  /** @internal The era an event names, or else the first whose dates hold its start. */
  private eraOf(item: PlacedEvent): Era | undefined {
    const start = this.times.get(item)?.start ?? 0;
    return this.eras.find(([era, time]) =>
      item.event.era ? era.id === item.event.era : start >= time.start && start < time.end,
    )?.[0];
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

  /**
   * @internal After the next render, brings an event's marker into the track's view (centred
   * when it was out of view), then either focuses it or scrolls the page to it. The track alone
   * moves for programmatic changes, so the page never jumps.
   */
  private async settle(id: string, page?: "focus" | "key" | "scroll"): Promise<void> {
    await this.updateComplete;
    const track = this.renderRoot.querySelector(".track");
    const index = this.positions.get(id) ?? -1;
    const marker = this.marker(index);
    const item = this.items.find(({ members }) => members.includes(index));
    if (!track || !marker || !item) return;
    // From the layout's own numbers: reading the marker's place would force a layout first.
    const { scrolled, width } = this.view;
    if (item.start < scrolled || item.end > scrolled + width) {
      const by = (item.start + item.end - width) / 2 - scrolled;
      track.scrollBy(getComputedStyle(track).direction === "rtl" ? -by : by, 0);
    }
    // Keys move focus within a timeline already in view: the page need not scroll for them.
    if (page === "key") marker.focus({ preventScroll: true });
    else if (page === "focus") marker.focus();
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
    if (cause !== "hash") this.links.write(id);
    return true;
  }

  /** @internal Turns a tag's filter on or off; no tag turns them all off ("All"). */
  private toggle(tag?: string): void {
    const filter = new Set(tag ? this.filter : []);
    if (tag && !filter.delete(tag)) filter.add(tag);
    this.filter = filter;
  }

  /** @internal Zooms by a factor, between the whole story and the deepest zoom. */
  private zoomBy(factor: number): void {
    this.zoom = Math.max(1, Math.min(this.deepest, this.zoom * factor));
  }

  /** @internal `+` and `-` zoom while focus is inside the timeline. */
  private onZoomKey(event: KeyboardEvent): void {
    const factor = ({ "+": 2, "=": 2, "-": 0.5 } as Record<string, number>)[event.key];
    if (!factor || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    this.zoomBy(factor);
  }

  /** @internal */
  private onClick(event: MouseEvent): void {
    const button = (event.target as Element).closest("button");
    const cluster = Number(button?.dataset.cluster ?? Number.NaN);
    const index = cluster >= 0 ? cluster : Number(button?.dataset.index);
    const item = this.shown[index];
    if (!item) return;
    this.active = index;
    // Enter and Space on a button make a click with no pointer, so `detail` is 0.
    const chosen = this.choose(item.event.id, event.detail ? "click" : "keyboard");
    // A cluster opens: its first event is selected and the axis zooms in to part its events.
    if (cluster >= 0 && chosen) {
      this.zoomBy(4);
      void this.settle(item.event.id, "focus");
    }
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
    void this.settle(this.shown[this.active]?.event.id ?? "", "key");
  }

  /** @internal Only while printing: at 10,000 events this list is large. */
  private onPrint = (event: Event): void => {
    this.printing = event.type === "beforeprint";
  };
}

/** Sets `--_name` on a node, when it is not already that value: a write restyles the node. */
function setStyle(node: HTMLElement, name: string, value: string): void {
  if (node.style.getPropertyValue(`--_${name}`) !== value)
    node.style.setProperty(`--_${name}`, value);
}
