// The demo article page: the article's text laid out like a CMS article, with the timeline and
// the quiz embedded exactly as `backstory embed` prints them (the same function, from the built
// command line). Rendered on each request from the article and the built story.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** Where the embeds go: after this many body paragraphs (the quiz goes at the end). */
const TIMELINE_AFTER_PARAGRAPH = 2;

export const DEMO_STORY_URL = "/stories/musk-spacex.json";
export const DEMO_SCRIPT_URL = "/cdn/backstory.js";

/** @param {string} root the repository folder */
export async function renderDemoPage(root) {
  const [{ embedSnippet }, { escapeHtml }, { splitParagraphs }] = await Promise.all([
    import(pathToFileURL(resolve(root, "dist/cli/embed-snippet.js")).href),
    import(pathToFileURL(resolve(root, "dist/data/fallback-html.js")).href),
    import(pathToFileURL(resolve(root, "dist/data/citations.js")).href),
  ]);
  const story = JSON.parse(await readFile(resolve(root, "dist/stories/musk-spacex.json"), "utf8"));
  const article = await readFile(resolve(root, "data/musk-spacex/article.txt"), "utf8");
  // The article file as received: photo credit, caption, then the body's paragraphs.
  const [credit = "", caption = "", ...body] = splitParagraphs(article);
  const snippet = (widget) =>
    embedSnippet(story, { src: DEMO_STORY_URL, script: DEMO_SCRIPT_URL, widget });
  const paragraphs = body.map((text) => `<p>${escapeHtml(text)}</p>`);
  paragraphs.splice(TIMELINE_AFTER_PARAGRAPH, 0, snippet("timeline"));
  paragraphs.push(snippet("quiz"));
  return `<!doctype html>
<html lang="${escapeHtml(story.article.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(story.article.headline)} · Backstory demo</title>
<link rel="stylesheet" href="/demo/demo.css">
</head>
<body>
<header class="masthead">
  <a class="brand" href="/">The Backstory Demo Gazette</a>
  <nav aria-label="Sections"><a href="/">Politics</a> <a href="/">Technology</a> <a href="/">Space</a></nav>
</header>
<main>
<article class="story">
  <p class="kicker">Technology · Analysis</p>
  <h1>${escapeHtml(story.article.headline)}</h1>
  <p class="note">${escapeHtml(story.article.headlineNote ?? "")} This page is a demo of how a CMS article embeds Backstory.</p>
  <figure>
    <div class="photo" role="img" aria-label="Photo placeholder: the photo is not part of this demo"></div>
    <figcaption>${escapeHtml(caption)} <span class="credit">${escapeHtml(credit)}</span></figcaption>
  </figure>
  <div class="body">
${paragraphs.join("\n")}
  </div>
</article>
</main>
<footer class="site-footer"><p>Demo page for Backstory. The article's text is shown for demonstration.</p></footer>
</body>
</html>
`;
}
