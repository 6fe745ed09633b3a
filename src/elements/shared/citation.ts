/**
 * A citation as both elements show it: the quoted passage, its paragraph, and a link that takes
 * the reader to the passage in the article, highlighted (a text fragment).
 */
import { html, nothing, type TemplateResult } from "lit";
import { textFragment } from "../../data/citations.js";
import { SHARED_ENGLISH } from "../../data/english-words.js";
import { fillTemplate } from "../../data/fill-template.js";
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
export function articleLink(story: Story, quote: string): string {
  return (story.article.url ?? document.baseURI.split("#")[0]) + textFragment(quote);
}

export function renderCitation(
  story: Story,
  { quote, paragraph }: Citation,
  strings: CitationStrings,
  locale?: string,
): TemplateResult {
  return html`<figure part="citation"><blockquote>${quote}</blockquote><figcaption>${
    paragraph ? `${fillTemplate(strings.paragraph, { paragraph }, locale)} ` : nothing
  }<a href=${articleLink(story, quote)}>${strings.readInArticle}</a></figcaption></figure>`;
}
