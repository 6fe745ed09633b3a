/**
 * A citation as both elements show it: the quoted passage, its paragraph, and a link that takes
 * the reader to the passage in the article, highlighted (a text fragment).
 */
import { html, nothing, type TemplateResult } from "lit";
import { textFragment } from "../../data/citations.js";
import { SHARED_ENGLISH } from "../../data/english-words.js";
import { fillTemplate } from "../../data/fill-template.js";
import { safeAddress } from "../../data/safe-address.js";
import type { Citation, Story } from "../../data/story-format.js";

export interface CitationStrings {
  /** Where the quote sits in the article; `{paragraph}` is its number. */
  paragraph: string;
  readInArticle: string;
}

export const ENGLISH_CITATION_STRINGS: CitationStrings = {
  paragraph: SHARED_ENGLISH.paragraph,
  readInArticle: SHARED_ENGLISH.readInArticle,
};

/**
 * The article's address with a text fragment for the quote: the story's `article.url` when it has
 * one, else the page's base address: the article page that embeds the element, or the article an
 * iframe embed page names in its `<base href>`.
 */
export function articleLink(story: Story, { quote, before, after }: Citation): string {
  const url = safeAddress(story.article.url) ?? document.baseURI.split("#")[0];
  return url + textFragment(quote, before, after);
}

/** Blocks of the host page a quote may sit in. */
const PAGE_BLOCKS = "p,li,blockquote,h1,h2,h3,h4,h5,h6,td,dd,figcaption";
const flat = (text: string | null) => (text ?? "").replace(/\s+/g, " ");

/**
 * A link to the quote on this very page scrolls the page to it, away from the link: focus goes
 * to the block of the page holding the quote, so that it stays where the reader is looking.
 */
function followQuote(event: Event, quote: string): void {
  const link = event.currentTarget as HTMLAnchorElement;
  if (link.href.split("#")[0] !== location.href.split("#")[0]) return;
  const block = [...document.querySelectorAll<HTMLElement>(PAGE_BLOCKS)].find(
    (element) =>
      !element.closest("backstory-timeline,backstory-quiz") &&
      flat(element.textContent).includes(flat(quote)),
  );
  if (!block) return;
  if (block.tabIndex < 0) block.tabIndex = -1;
  block.focus();
}

export function renderCitation(
  story: Story,
  citation: Citation,
  strings: CitationStrings,
  locale?: string,
): TemplateResult {
  const { quote, paragraph } = citation;
  return html`<figure part="citation"><blockquote>${quote}</blockquote><figcaption>${
    paragraph ? `${fillTemplate(strings.paragraph, { paragraph }, locale)} ` : nothing
  }<a href=${articleLink(story, citation)} @click=${(event: Event) => followQuote(event, quote)}>${strings.readInArticle}</a></figcaption></figure>`;
}
