import { type Command, UsageError } from "../command.js";
import {
  DEFAULT_SCRIPT_URL,
  EMBED_WIDGETS,
  type EmbedWidget,
  embedSnippet,
  iframeSnippet,
} from "../embed-snippet.js";
import { loadValidStory } from "../story-file.js";

export function widgetOption(value: unknown): EmbedWidget {
  const widget = (value ?? "both") as EmbedWidget;
  if (!EMBED_WIDGETS.includes(widget)) {
    throw new UsageError(`--widget must be timeline, quiz or both, not "${String(value)}".`);
  }
  return widget;
}

export const embed: Command = {
  name: "embed",
  summary: "print the HTML snippet that embeds a story's timeline and quiz in a page",
  usage: "backstory embed STORY --src URL [--widget timeline|quiz|both] [--script URL]",
  help: `Prints what a producer pastes into a CMS page: the script tag, the element(s) pointing at
the story's address, a reserved height (so the page does not jump when they load), and the
no-JavaScript fallback made from STORY inside each element.

Options:
  --src URL        the story file's address, as the page will request it
  --widget W       timeline, quiz or both (default both)
  --script URL     where dist/cdn/backstory.js is served (default ${DEFAULT_SCRIPT_URL})
  --inline         put the story inside the element instead of pointing at a file (no --src)
  --csp            no inline styles, for pages under a strict Content-Security-Policy; prints
                   the rules the site's own stylesheet needs to reserve the height
  --height LENGTH  reserved height, a CSS length such as 36rem (default: each widget's own)
  --iframe URL     print <iframe> snippets for the embed page at URL (dist/cdn/embed.html)
                   instead, for CMSs that strip scripts; the page shows stories from its own
                   origin only, unless written with "backstory embed-page --allow-origin"
  --article-url URL  with --iframe: the article page's full address, where "Read it in the
                   article" links go from inside the frame
  -h, --help       show this help`,
  options: {
    src: { type: "string" },
    widget: { type: "string" },
    script: { type: "string" },
    inline: { type: "boolean" },
    csp: { type: "boolean" },
    height: { type: "string" },
    iframe: { type: "string" },
    "article-url": { type: "string" },
  },
  positionals: 1,
  async run({ positionals: [storyPath = ""], values }, out) {
    const widget = widgetOption(values.widget);
    const src = values.src as string | undefined;
    const inline = values.inline === true;
    if (inline && src) throw new UsageError("give either --src or --inline, not both.");
    if (!inline && !src) throw new UsageError("--src is required (or --inline).");
    const { story } = await loadValidStory(storyPath);
    try {
      if (values.iframe !== undefined) {
        if (!src) throw new UsageError("--iframe needs --src: the embed page fetches the story.");
        const height = values.height as string | undefined;
        if (height !== undefined && !/^\d+$/.test(height)) {
          throw new UsageError("with --iframe, --height is a number of pixels, such as 600.");
        }
        out(
          iframeSnippet(story, {
            page: values.iframe as string,
            src,
            widget,
            height: height === undefined ? undefined : Number(height),
            article: values["article-url"] as string | undefined,
          }),
        );
        return;
      }
      out(
        embedSnippet(story, {
          src,
          inline,
          widget,
          script: values.script as string | undefined,
          csp: values.csp === true,
          height: values.height as string | undefined,
        }),
      );
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError((error as Error).message);
    }
  },
};
