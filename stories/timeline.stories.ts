import type { Meta, StoryObj } from "@storybook/web-components";
import { html } from "lit";
import { within } from "shadow-dom-testing-library";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { orderEvents } from "../src/data/timeline-order.js";
import { ENGLISH_TIMELINE_STRINGS } from "../src/elements/timeline/strings.js";
import arabic from "../strings/ar.json" with { type: "json" };
import { resetFlakyFile, STORY_FILES } from "./support/fake-network.js";
import {
  arabicStory,
  articleStory,
  invalidStory,
  storyOfSize,
  storyWithImages,
  storyWithLongText,
  storyWithNoEvents,
  storyWithOneEvent,
} from "./support/fixtures.js";
import { expectNoSidewaysScroll, settled } from "./support/play.js";
import {
  commonArgTypes,
  eventArgTypes,
  inContainer,
  renderTimeline,
  type TimelineArgs,
  tokenArgTypes,
} from "./support/render.js";

const text = ENGLISH_TIMELINE_STRINGS;
const article = articleStory();
/** The article's events in the order the timeline shows them. */
const inDateOrder = orderEvents(article.timeline.events).map((placed) => placed.event);

const meta = {
  title: "Widgets/Timeline",
  component: "backstory-timeline",
  render: renderTimeline,
  args: {
    story: article,
    theme: "auto",
    "heading-level": 2,
    onBackstorySelect: fn(),
    onBackstoryReady: fn(),
  },
  argTypes: {
    ...commonArgTypes,
    "selected-id": {
      control: "select",
      options: inDateOrder.map((event) => event.id),
      table: { category: "attributes" },
    },
    "deep-link": { control: "text", table: { category: "attributes" } },
    selectedId: { control: false },
    deepLink: { control: false },
    storyId: { control: false },
    ...eventArgTypes(["backstory-select", "backstory-ready"]),
    ...tokenArgTypes("backstory-timeline"),
  },
  play: async ({ canvasElement }) => settled(canvasElement),
} satisfies Meta<TimelineArgs>;

export default meta;
type Story = StoryObj<TimelineArgs>;

/** The timeline's parts inside its shadow root, queried by role and name as a reader meets them. */
async function timelineIn(canvasElement: HTMLElement) {
  await settled(canvasElement);
  const screen = within(canvasElement);
  const list = await screen.findByShadowRole("list", { name: text.events });
  return { screen, list, markers: () => within(list).getAllByShadowRole("button") };
}

/** The article's story, as it appears in the article. */
export const Default: Story = {};

/** Loaded from a story file with `src`, as the embed snippet does. */
export const FromStoryFile: Story = {
  args: { story: undefined, src: STORY_FILES.article },
};

/** A wide container (an article's full width) gets the horizontal track. */
export const WideContainer: Story = {
  render: (args, context) => inContainer("1100px", renderTimeline(args, context)),
  parameters: { layout: "fullscreen" },
};

/** A narrow container (a sidebar, a phone) gets the vertical list: the container decides, not the window. */
export const NarrowContainer: Story = {
  render: (args, context) => inContainer("320px", renderTimeline(args, context)),
};

export const Dark: Story = {
  args: { theme: "dark" },
  globals: { scheme: "dark" },
};

/** A newsroom's brand, set only through `--backstory-*` custom properties. */
export const BrandTheme: Story = {
  args: {
    "--backstory-color-text": "#121212",
    "--backstory-color-muted": "#545454",
    "--backstory-color-background": "#f6f1e7",
    "--backstory-color-surface": "#ece4d3",
    "--backstory-color-border": "#707070",
    "--backstory-color-accent": "#052962",
    "--backstory-color-on-accent": "#ffffff",
    "--backstory-color-focus": "#c70000",
    "--backstory-font-family": "Georgia, 'Times New Roman', serif",
    "--backstory-font-size": "1.0625rem",
    "--backstory-radius": "0",
    "--backstory-space": "1rem",
  },
  globals: { scheme: "light" },
};

/** Arabic: right-to-left layout, mirrored arrow keys, dates formatted for `ar`, translated texts. */
export const RightToLeft: Story = {
  args: { story: arabicStory(), lang: "ar", translation: arabic },
  render: (args, context) => html`<div dir="rtl" lang="ar">${renderTimeline(args, context)}</div>`,
};

/** Titles and summaries far longer than an editor should write; nothing may overflow. */
export const LongTitles: Story = {
  args: { story: storyWithLongText() },
};

/** The same in a 320-pixel column (WCAG reflow): the text wraps, the widget never scrolls sideways. */
export const LongTitlesNarrow: Story = {
  args: { story: storyWithLongText(), "selected-id": storyWithLongText().timeline.events[0]?.id },
  render: (args, context) => inContainer("320px", renderTimeline(args, context)),
  play: async ({ canvasElement }) => {
    await settled(canvasElement);
    const timeline = canvasElement.querySelector("backstory-timeline") as HTMLElement;
    await expect(timeline.scrollWidth).toBeLessThanOrEqual(timeline.clientWidth);
    const detail = timeline.shadowRoot?.querySelector("[part=detail]") as HTMLElement;
    await expect(detail.scrollWidth).toBeLessThanOrEqual(detail.clientWidth);
  },
};

export const ImagesWithCredits: Story = {
  args: { story: storyWithImages(), "selected-id": "classified-contract" },
  play: async ({ canvasElement }) => {
    const { screen } = await timelineIn(canvasElement);
    const picture = await screen.findByShadowRole("img", { name: /a rocket on a launch pad/ });
    await waitFor(() => expect((picture as HTMLImageElement).naturalWidth).toBeGreaterThan(0));
  },
};

/** A reader pressed the "Starlink" tag filter. */
export const FiltersApplied: Story = {
  play: async ({ canvasElement }) => {
    const { screen, markers } = await timelineIn(canvasElement);
    const filters = await screen.findByShadowRole("group", { name: text.filters });
    const starlink = within(filters).getByShadowRole("button", { name: /^Starlink/ });
    await userEvent.click(starlink);
    await expect(starlink).toHaveAttribute("aria-pressed", "true");
    const tagged = inDateOrder.filter((event) => event.tags?.includes("Starlink"));
    await waitFor(() => expect(markers()).toHaveLength(tagged.length));
  },
};

/** Opened from a shared link: `#timeline:<event-id>` selects that event on load. */
export const DeepLinkOnLoad: Story = {
  args: { "deep-link": "timeline" },
  // On the docs page the hash would scroll the page to this story: shown on its own only.
  tags: ["!autodocs"],
  beforeEach: () => {
    const before = location.hash;
    history.replaceState(history.state, "", "#timeline:starshield");
    return () =>
      history.replaceState(history.state, "", before || location.pathname + location.search);
  },
  play: async ({ canvasElement }) => {
    const { screen } = await timelineIn(canvasElement);
    const title = article.timeline.events.find((event) => event.id === "starshield")?.title ?? "";
    await expect(await screen.findByShadowRole("heading", { name: title })).toBeVisible();
  },
};

/** 1,000 generated events: only the part near view is rendered. */
export const ThousandEvents: Story = {
  args: { story: storyOfSize(1000) },
  argTypes: { story: { control: false } },
};

export const OneEvent: Story = {
  args: { story: storyWithOneEvent() },
};

export const NoEvents: Story = {
  args: { story: storyWithNoEvents() },
};

/** A story file with mistakes: the editor's error box lists them (and the console has all). */
export const InvalidData: Story = {
  args: { story: invalidStory() },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByShadowRole("alert");
    await expect(alert).toHaveTextContent(text.problem);
  },
};

/**
 * The same file as a reader on a published page sees it (`editor` off): one calm line above the
 * story's fallback content, where the page has it; the list of mistakes is in the console.
 */
export const InvalidDataForReaders: Story = {
  args: { story: invalidStory(), editor: false },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByShadowText(text.unavailable)).toBeVisible();
    await expect(within(canvasElement).queryByShadowRole("alert")).toBeNull();
  },
};

/** `src` points at a file that is not there (404): the error box, with Retry. */
export const FetchFailure: Story = {
  args: { story: undefined, src: STORY_FILES.missing },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByShadowRole("alert");
    await expect(alert).toHaveTextContent("404");
    await expect(within(alert).getByShadowRole("button", { name: text.retry })).toBeVisible();
  },
};

/** The server was busy once; Retry loads the story. */
export const RetryAfterFailure: Story = {
  args: { story: undefined, src: STORY_FILES.flaky },
  beforeEach: () => resetFlakyFile(),
  play: async ({ canvasElement }) => {
    const screen = within(canvasElement);
    const alert = await screen.findByShadowRole("alert");
    await expect(alert).toHaveTextContent("503");
    await userEvent.click(within(alert).getByShadowRole("button", { name: text.retry }));
    await expect(await screen.findByShadowRole("list", { name: text.events })).toBeVisible();
    await expect(screen.queryByShadowRole("alert")).toBeNull();
  },
};

/** The story file has not answered yet. After 15 seconds the element gives up and offers Retry. */
export const Loading: Story = {
  args: { story: undefined, src: STORY_FILES.never },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByShadowText(text.loading)).toBeVisible();
  },
};

/** A keyboard reader: Tab into the list, arrow keys to move, Enter to select. */
export const SelectByKeyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const { screen, markers } = await timelineIn(canvasElement);
    const first = markers()[0] as HTMLElement;
    first.focus();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    const third = inDateOrder[2];
    if (!third) throw new Error("The article's story has fewer than three events.");
    await userEvent.keyboard("{Enter}");
    await expect(args.onBackstorySelect).toHaveBeenCalledWith(
      expect.objectContaining({ detail: { id: third.id, cause: "keyboard" } }),
    );
    await expect(await screen.findByShadowRole("heading", { name: third.title })).toBeVisible();
    const selected = markers().find((marker) => marker.getAttribute("aria-current") === "true");
    await expect(selected).toHaveTextContent(third.title);
  },
};

/** A 375-pixel phone: the compact axis of dots over one card, and nothing wider than the screen. */
export const OnAPhone: Story = {
  globals: { viewport: { value: "phone", isRotated: false } },
  play: async ({ canvasElement }) => expectNoSidewaysScroll(canvasElement),
};

export const OnATablet: Story = {
  globals: { viewport: { value: "tablet", isRotated: false } },
};

export const OnADesktop: Story = {
  globals: { viewport: { value: "desktop", isRotated: false } },
  parameters: { layout: "fullscreen" },
};

/** A story of long-ago dates: BCE years, a BCE century as a span, and an approximate year. */
function ancientStory() {
  const event = (id: string, date: string, title: string, extra = {}) => ({
    id,
    date,
    title,
    summary: `${title}.`,
    citation: { quote: title },
    ...extra,
  });
  return {
    ...article,
    id: "ancient",
    timeline: {
      title: "The Ptolemies and the Library of Alexandria",
      eras: [{ id: "ptolemies", label: "Ptolemaic Egypt", start: "-0304", end: "-0029" }],
      events: [
        event("soter", "-0304", "Ptolemy I takes the title of king"),
        event("century", "-02XX", "The library grows through the third century BCE"),
        event("eratosthenes", "-0239~", "Eratosthenes becomes librarian", {
          displayDate: "About 240 BCE",
        }),
        event("caesar", "-0047", "Fire in the harbour during Caesar's war"),
        event("cleopatra", "-0029?", "The last Ptolemy dies"),
      ],
    },
  };
}

/** The axis zoomed in twice (the + key): the story's last years fill the view. */
export const Zoomed: Story = {
  play: async ({ canvasElement }) => {
    const { screen, markers } = await timelineIn(canvasElement);
    const zoomIn = screen.getByShadowRole("button", { name: text.zoomIn });
    await userEvent.click(zoomIn);
    await userEvent.click(zoomIn);
    const timeline = canvasElement.querySelector("backstory-timeline") as HTMLElement;
    const track = timeline.shadowRoot?.querySelector("[part=track]") as HTMLElement;
    await waitFor(() => expect(track.scrollWidth).toBeGreaterThan(3.5 * track.clientWidth));
    await expect(markers().length).toBeGreaterThan(0);
  },
};

/** Events too close to show apart gather in clusters ("7 events"); a click opens one. */
export const Clustered: Story = {
  args: { story: storyOfSize(200) },
  argTypes: { story: { control: false } },
  play: async ({ canvasElement }) => {
    const { markers } = await timelineIn(canvasElement);
    const clusters = markers().filter((marker) => marker.dataset.count);
    await expect(clusters.length).toBeGreaterThan(0);
  },
};

/** Spans as bars (2001/2017, a decade), approximate and estimated dates dashed. */
export const SpansAndEstimates: Story = {
  args: { "selected-id": inDateOrder.find((event) => event.displayDate)?.id },
};

/** BCE years read as the article writes them; a BCE century is a span. */
export const BeforeTheCommonEra: Story = {
  args: { story: ancientStory() },
  argTypes: { story: { control: false } },
};

/** Narrower than 36rem: one card under a compact axis of dots, and no box scrolling inside the page. */
export const CompactAxis: Story = {
  render: (args, context) => inContainer("22rem", renderTimeline(args, context)),
};
