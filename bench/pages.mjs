// The benchmark pages: one page frame, three contents (Backstory, TimelineJS, the static floor),
// plus the quiz page. Every page starts with the same inline probe, so all are timed the same way.

/**
 * The probe: records long tasks and Event Timing entries from the first moment, and marks
 * "a frame was produced" as the first task after the next animation frame (style, layout and
 * paint of that frame have run by then).
 */
const PROBE = `<script>
(() => {
  const bench = (window.__bench = { longTasks: [], eventEntries: [], marks: {}, interactions: [] });
  const observe = (type, options, sink) => {
    try {
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) sink(entry); })
        .observe({ type, buffered: true, ...options });
    } catch {}
  };
  observe("longtask", {}, (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe("event", { durationThreshold: 16 }, (e) => bench.eventEntries.push({
    name: e.name, start: e.startTime, duration: e.duration,
  }));
  bench.afterNextFrame = (callback) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(0);
  });
  // Records when the widget was ready, then the end of the frame that shows it.
  bench.mark = (name) => {
    if (name in bench.marks) return;
    bench.marks[name] = null;
    bench.marks[name + "Ready"] = performance.now();
    bench.afterNextFrame((t) => { bench.marks[name] = t; });
  };
  document.addEventListener("backstory-ready", () => bench.mark("firstRender"), { once: true });
  // Capture phase on window: runs before any widget handler, for clicks and keys alike.
  for (const type of ["click", "keydown"]) {
    window.addEventListener(type, (event) => {
      const target = event.composedPath()[0];
      const record = { type, key: event.key ?? null, target: target?.localName ?? null, start: event.timeStamp, frame: null };
      bench.interactions.push(record);
      bench.afterNextFrame((t) => { record.frame = t; });
    }, true);
  }
})();
</script>`;

function frame({ title, head = "", body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
${PROBE}
<style>
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
</style>
${head}
</head>
<body>
<main>
<h1>${title}</h1>
<p>An article's text before the widget.</p>
<div class="frame">
${body}
</div>
<p>An article's text after the widget.</p>
</main>
</body>
</html>
`;
}

/** The loading lines `backstory embed` writes: the story preloaded alongside the script. */
const backstoryHead = (storyPath) =>
  `<link rel="preload" href="${storyPath}" as="fetch" crossorigin>
<script type="module" src="/dist/cdn/backstory.js"></script>`;

export function backstoryTimelinePage(count) {
  return frame({
    title: `Backstory, ${count} events`,
    head: backstoryHead(`/data/bench-${count}.story.json`),
    body: `<backstory-timeline src="/data/bench-${count}.story.json"></backstory-timeline>`,
  });
}

/** TimelineJS as its own "loading files locally" embed describes: CSS, script, a sized div. */
export function timelineJsPage(count) {
  return frame({
    title: `TimelineJS, ${count} events`,
    head: `<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script>`,
    body: `<div id="timeline-embed" style="width: 100%; height: 600px"></div>
<script>
(() => {
  const timeline = new TL.Timeline("timeline-embed", "/data/bench-${count}.timelinejs.json");
  // "ready": layout built; "loaded": story slider and time navigation both rendered.
  let pending = 2;
  const done = () => { pending -= 1; if (pending === 0) window.__bench.mark("firstRender"); };
  timeline.on("ready", done);
  timeline.on("loaded", done);
  window.__timeline = timeline;
})();
</script>`,
  });
}

/** The floor: the same events prerendered as HTML; rendered once the list is parsed. */
export function floorPage(count, listHtml) {
  return frame({
    title: `Static list, ${count} events`,
    body: `${listHtml}
<script>window.__bench.mark("firstRender");</script>`,
  });
}

export function quizPage(storyPath) {
  return frame({
    title: "Backstory quiz",
    head: backstoryHead(storyPath),
    body: `<backstory-quiz src="${storyPath}"></backstory-quiz>
<script>
// Rendered once its first question's fieldset exists (or at its backstory-ready, if that comes first).
customElements.whenDefined("backstory-quiz").then(() => {
  const root = document.querySelector("backstory-quiz").shadowRoot;
  const check = () => root.querySelector("fieldset") && (window.__bench.mark("firstRender"), true);
  if (!check()) {
    const observer = new MutationObserver(() => check() && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true });
  }
});
</script>`,
  });
}
