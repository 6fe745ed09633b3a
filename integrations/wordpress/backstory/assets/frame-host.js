/**
 * Applies the height a Backstory embed page posts to its frame ({type: "backstory:resize",
 * height}), so that the frame is as tall as the widget and never scrolls inside the article.
 */
addEventListener("message", (event) => {
  const frame = [...document.querySelectorAll("iframe.backstory-frame")].find(
    (candidate) => candidate.contentWindow === event.source,
  );
  const height = Number(event.data?.height);
  if (frame && event.data?.type === "backstory:resize" && height > 0) {
    frame.style.height = `${Math.ceil(height)}px`;
  }
});
