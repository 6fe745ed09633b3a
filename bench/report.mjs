// Turns the runs into bench/results/latest.json, latest.md (tables, targets) and latest.svg.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const LABELS = {
  backstory: "Backstory",
  timelinejs: "TimelineJS 3.9.11",
  floor: "Static HTML (floor)",
};
const COLORS = { backstory: "#1f5fbf", timelinejs: "#c0392b", floor: "#4d4d4d" };

/** Figures read from one load. */
const METRICS = {
  firstRender: (r) => r.firstRender,
  blockingTime: (r) => r.blockingTime,
  heapBytes: (r) => r.heapBytes,
  elements: (r) => r.elements,
  nodes: (r) => r.nodes,
  bytes: (r) => r.bytes,
  requests: (r) => r.requests,
  blocked: (r) => r.blocked,
  next: (r) => r.interactions.next?.frame,
  nextEventTiming: (r) => r.interactions.next?.eventTiming,
  arrow: (r) => r.interactions.arrow?.frame,
  arrowEventTiming: (r) => r.interactions.arrow?.eventTiming,
  check: (r) => r.interactions.check?.frame,
  checkEventTiming: (r) => r.interactions.check?.eventTiming,
};

const round = (value, places = 1) => Math.round(value * 10 ** places) / 10 ** places;

/** Median, min and max of the values that exist; `n` says how many runs had one. */
export function summarize(values) {
  const present = values.filter((value) => typeof value === "number").sort((a, b) => a - b);
  if (!present.length) return null;
  const middle = present.length >> 1;
  const median = present.length % 2 ? present[middle] : (present[middle - 1] + present[middle]) / 2;
  return {
    median: round(median, 2),
    min: round(present[0], 2),
    max: round(present.at(-1), 2),
    n: present.length,
  };
}

function summarizeRuns(runs, names = Object.keys(METRICS)) {
  const out = {};
  for (const name of names) {
    const summary = summarize(runs.map(METRICS[name]));
    if (summary) out[name] = summary;
  }
  return out;
}

/** Ratios of first render taken run by run (a / b for loads of the same run). */
function pairedRatio(runsA = [], runsB = []) {
  const byRun = new Map(runsB.map((result) => [result.run, result.firstRender]));
  return summarize(
    runsA
      .filter((result) => byRun.has(result.run))
      .map((result) => result.firstRender / byRun.get(result.run)),
  );
}

/** When the page, the widget's script and its data had arrived, and when it was ready (medians). */
function breakdown(runs) {
  const arrival = (test) =>
    summarize(runs.map((r) => r.arrivals?.find((entry) => test(entry.path))?.end))?.median ?? null;
  return {
    page: arrival((path) => path.startsWith("/bench/")),
    script: arrival((path) => path.endsWith("/backstory.js") || path.endsWith("/timeline.js")),
    data: arrival((path) => path.startsWith("/data/")),
    ready: summarize(runs.map((r) => r.readyAt))?.median ?? null,
    frame: summarize(runs.map((r) => r.firstRender))?.median ?? null,
    mainThread: Object.fromEntries(
      ["script", "style", "layout", "tasks"].map((kind) => [
        kind,
        summarize(runs.map((r) => r.mainThread?.[kind]))?.median ?? null,
      ]),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting

const thousands = (value) => Math.round(value).toLocaleString("en");
function ms(summary) {
  if (!summary) return "–";
  const f = (v) => (v >= 100 ? thousands(v) : v.toFixed(1));
  return `${f(summary.median)} (${f(summary.min)}–${f(summary.max)})`;
}
const msMedian = (summary) =>
  summary ? (summary.median >= 100 ? thousands(summary.median) : summary.median.toFixed(1)) : "–";
const ratio = (summary) =>
  summary
    ? `${summary.median.toFixed(1)}× (${summary.min.toFixed(1)}–${summary.max.toFixed(1)})`
    : "–";
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const count = (summary) => (summary ? thousands(summary.median) : "–");
const eventTiming = (summary, timed) =>
  summary ? `${msMedian(summary)} (${summary.n}/${timed})` : timed ? `< 16 (0/${timed})` : "–";

/** A Markdown table: the first `textColumns` columns left-aligned, the figures right-aligned. */
function table(header, rows, textColumns = 1) {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map((_, index) => (index < textColumns ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------

export async function writeResults({
  outDir,
  quick,
  machine,
  settings,
  cells,
  stopped,
  quiz,
  sizes,
  durationMs,
}) {
  const results = cells.map((cell) => ({
    profile: cell.profile,
    count: cell.count,
    widgets: Object.fromEntries(
      Object.entries(cell.runs).map(([widget, runs]) => [
        widget,
        runs.length
          ? { runs: runs.length, ...summarizeRuns(runs) }
          : { runs: 0, skipped: cell.skipped[widget] ?? "no runs" },
      ]),
    ),
    notes: cell.skipped,
    errors: Object.fromEntries(
      Object.entries(cell.runs)
        .map(([widget, runs]) => [widget, [...new Set(runs.flatMap((r) => r.errors))].sort()])
        .filter(([, errors]) => errors.length),
    ),
    ratios: {
      timelinejsOverBackstory: pairedRatio(cell.runs.timelinejs, cell.runs.backstory),
      backstoryOverFloor: pairedRatio(cell.runs.backstory, cell.runs.floor),
      timelinejsOverFloor: pairedRatio(cell.runs.timelinejs, cell.runs.floor),
    },
    breakdown: Object.fromEntries(
      Object.entries(cell.runs)
        .filter(([, runs]) => runs.length)
        .map(([widget, runs]) => [widget, breakdown(runs)]),
    ),
    blockedHosts: [
      ...new Set(
        Object.values(cell.runs)
          .flat()
          .flatMap((r) => r.blockedHosts),
      ),
    ].sort(),
    requestLists: Object.fromEntries(
      Object.entries(cell.runs).map(([widget, runs]) => [widget, runs[0]?.requestList ?? []]),
    ),
    perRun: Object.fromEntries(
      Object.entries(cell.runs).map(([widget, runs]) => [
        widget,
        runs.map((r) => ({
          run: r.run,
          firstRender: round(r.firstRender),
          blockingTime: round(r.blockingTime),
          next: r.interactions.next ? round(r.interactions.next.frame) : null,
          arrow: r.interactions.arrow ? round(r.interactions.arrow.frame) : null,
        })),
      ]),
    ),
  }));
  const quizResults = Object.fromEntries(
    Object.entries(quiz).map(([profile, runs]) => [
      profile,
      {
        runs: runs.length,
        ...summarizeRuns(runs, [
          "firstRender",
          "blockingTime",
          "heapBytes",
          "elements",
          "nodes",
          "bytes",
          "requests",
          "check",
          "checkEventTiming",
        ]),
      },
    ]),
  );
  const bundleBytes = Object.values(sizes.backstory).reduce((a, b) => a + b, 0);
  const timelineJsBytes = Object.values(sizes.timelinejs).reduce((a, b) => a + b, 0);
  const targets = evaluateTargets(results, bundleBytes, timelineJsBytes);

  const json = {
    generated: new Date().toISOString(),
    quick,
    durationSeconds: round(durationMs / 1000),
    machine,
    settings,
    sizes: { ...sizes, backstoryTotal: bundleBytes, timelinejsTotal: timelineJsBytes },
    timelinejsStopped: stopped,
    targets,
    results,
    quiz: quizResults,
  };
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, "latest.json"), `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(join(outDir, "latest.md"), markdown(json));
  await writeFile(join(outDir, "latest.svg"), svg(json));
}

function find(results, profile, n) {
  return results.find((cell) => cell.profile === profile && cell.count === n);
}

function evaluateTargets(results, bundleBytes, timelineJsBytes) {
  const targets = [];
  const add = (target, measured, met) => targets.push({ target, measured, met });
  // The budget as the project's bundle-size test counts it: 22 × 1,024 bytes.
  add(
    "Bundle at most 22 KB gzip (TimelineJS: 91.9 KB)",
    bundleBytes
      ? `${thousands(bundleBytes)} bytes of 22,528 (TimelineJS files: ${thousands(timelineJsBytes)} bytes)`
      : "no bundle",
    bundleBytes ? bundleBytes <= 22 * 1024 : null,
  );
  for (const profile of ["desktop", "phone"]) {
    const r = find(results, profile, 100)?.ratios.timelinejsOverBackstory;
    add(
      `First render at N = 100 at least 10× faster than TimelineJS (${profile})`,
      r ? ratio(r) : "not measured",
      r ? r.median >= 10 : null,
    );
  }
  const phone1000 = find(results, "phone", 1000)?.widgets.backstory?.firstRender;
  add(
    "N = 1,000 on the phone profile under 1 s",
    phone1000 ? `${ms(phone1000)} ms` : "not measured",
    phone1000 ? phone1000.median < 1000 : null,
  );
  for (const profile of ["desktop", "phone"]) {
    const b = find(results, profile, 10000)?.widgets.backstory;
    add(
      `N = 10,000: DOM under 3,000 nodes (${profile})`,
      b?.nodes ? `${count(b.nodes)} nodes (${count(b.elements)} elements)` : "not measured",
      b?.nodes ? b.nodes.median < 3000 : null,
    );
    const slowest = [b?.next, b?.arrow].filter(Boolean);
    add(
      `N = 10,000: every interaction under one frame, 16 ms (${profile})`,
      slowest.length
        ? `Next ${msMedian(b.next)} ms, ArrowRight ${msMedian(b.arrow)} ms`
        : "not measured",
      slowest.length === 2 ? slowest.every((s) => s.median < 16) : null,
    );
  }
  for (const profile of ["desktop", "phone"]) {
    const r = find(results, profile, 100)?.ratios.backstoryOverFloor;
    add(
      `First render within 1.5× of the static-HTML floor at N = 100 (${profile})`,
      r ? ratio(r) : "not measured",
      r ? r.median <= 1.5 : null,
    );
  }
  return targets;
}

function breakdownSection(cell) {
  if (!cell) return [];
  const at = (value) => (value === null ? "–" : msMedian({ median: value }));
  return [
    `Where first render goes at N = ${thousands(cell.count)} (medians, ms): when the page, the widget's ` +
      "script and the story data had arrived and the widget was ready, counted from navigation; and " +
      "the main thread's busy time (all tasks) up to 300 ms after the first frame " +
      "(DevTools `Performance.getMetrics`).",
    "",
    table(
      ["widget", "page HTML", "script", "data", "ready", "first frame", "main thread busy"],
      Object.entries(cell.breakdown).map(([widget, b]) => [
        LABELS[widget],
        at(b.page),
        at(b.script),
        at(b.data),
        at(b.ready),
        at(b.frame),
        at(b.mainThread?.tasks ?? null),
      ]),
    ),
    "",
  ];
}

export function markdown(json) {
  const { machine, settings, results, quiz, targets } = json;
  const lines = [];
  const push = (...text) => lines.push(...text);
  push(
    "# Backstory vs TimelineJS 3.9.11: benchmark results",
    "",
    json.quick ? "**Quick run (`--quick`): a check of the harness, not a result.**\n" : "",
    `Machine: ${machine.cpu}, ${machine.cores} cores; Chromium ${machine.chromium} (headless); Node ${machine.node}.`,
    `Run ${json.generated.slice(0, 16).replace("T", " ")} UTC with \`npm run bench\`, ${json.durationSeconds} s in all.`,
    `Each figure: median (min–max) of ${settings.runs} runs after a warm-up load; ratios are taken run by run. ` +
      `Phone = 390×844 with 4× CPU throttling. Method: bench/README.md.`,
    "",
    "## Targets",
    "",
    table(
      ["target", "measured (median)", "met"],
      targets.map((t) => [
        t.target,
        t.measured,
        t.met === null ? "not measured" : t.met ? "yes" : "**no**",
      ]),
      3,
    ),
    "",
  );
  for (const profile of ["desktop", "phone"]) {
    const cells = results.filter((cell) => cell.profile === profile);
    if (!cells.length) continue;
    push(
      `## First render, ${profile}: navigation → first rendered frame (ms)`,
      "",
      table(
        [
          "N",
          LABELS.backstory,
          LABELS.timelinejs,
          LABELS.floor,
          "TimelineJS ÷ Backstory",
          "Backstory ÷ floor",
          "TimelineJS ÷ floor",
        ],
        cells.map((cell) => [
          thousands(cell.count),
          ms(cell.widgets.backstory?.firstRender),
          cell.widgets.timelinejs?.firstRender
            ? ms(cell.widgets.timelinejs.firstRender)
            : (cell.widgets.timelinejs?.skipped ?? "–"),
          ms(cell.widgets.floor?.firstRender),
          ratio(cell.ratios.timelinejsOverBackstory),
          ratio(cell.ratios.backstoryOverFloor),
          ratio(cell.ratios.timelinejsOverFloor),
        ]),
      ),
      "",
      ...breakdownSection(cells.find((cell) => cell.count === 100)),
      `## Load cost, ${profile} (medians)`,
      "",
      table(
        [
          "N",
          "widget",
          "runs",
          "blocking time (ms)",
          "JS heap after GC",
          "elements",
          "DOM nodes",
          "transferred (gzip)",
          "requests",
          "blocked",
        ],
        cells.flatMap((cell) =>
          Object.entries(cell.widgets)
            .filter(([, w]) => w.runs)
            .map(([widget, w]) => [
              thousands(cell.count),
              LABELS[widget],
              String(w.runs),
              msMedian(w.blockingTime),
              mb(w.heapBytes.median),
              count(w.elements),
              count(w.nodes),
              kb(w.bytes.median),
              count(w.requests),
              count(w.blocked),
            ]),
        ),
        2,
      ),
      "",
      `## Interactions, ${profile}: input → next frame (ms)`,
      "",
      "Event Timing: the browser's own duration to the next paint, reported only at 16 ms or more " +
        "(how many runs had one); `< 16` means none did.",
      "",
      table(
        ["N", "widget", "click Next", "Event Timing", "ArrowRight", "Event Timing"],
        cells.flatMap((cell) =>
          ["backstory", "timelinejs"]
            .filter((widget) => cell.widgets[widget]?.runs)
            .map((widget) => {
              const w = cell.widgets[widget];
              return [
                thousands(cell.count),
                LABELS[widget],
                ms(w.next),
                eventTiming(w.nextEventTiming, w.next?.n ?? 0),
                ms(w.arrow),
                eventTiming(w.arrowEventTiming, w.arrow?.n ?? 0),
              ];
            }),
        ),
        2,
      ),
      "",
    );
  }
  const quizProfiles = Object.entries(quiz).filter(([, q]) => q.runs);
  if (quizProfiles.length) {
    push(
      `## Quiz: the article's quiz (${settings.quizStory})`,
      "",
      table(
        [
          "profile",
          "first render (ms)",
          "Check → feedback frame (ms)",
          "Event Timing",
          "elements",
          "transferred (gzip)",
          "JS heap after GC",
        ],
        quizProfiles.map(([profile, q]) => [
          profile,
          ms(q.firstRender),
          ms(q.check),
          eventTiming(q.checkEventTiming, q.check?.n ?? 0),
          count(q.elements),
          kb(q.bytes.median),
          mb(q.heapBytes.median),
        ]),
      ),
      "",
    );
  }
  push("## Where TimelineJS stopped", "");
  for (const profile of ["desktop", "phone"]) {
    const stop = json.timelinejsStopped[profile];
    const largest = results
      .filter((cell) => cell.profile === profile && cell.widgets.timelinejs?.runs)
      .at(-1);
    push(
      `- ${profile}: ${largest ? `rendered up to N = ${thousands(largest.count)}` : "no N rendered"}` +
        (stop
          ? `; at N = ${thousands(stop.count)}: ${stop.reason}.`
          : "; every N rendered within the limit."),
    );
  }
  const notes = results.flatMap((cell) =>
    Object.entries(cell.notes)
      .filter(([widget]) => cell.widgets[widget]?.runs)
      .map(
        ([widget, note]) =>
          `- ${cell.profile}, N = ${thousands(cell.count)}, ${LABELS[widget]}: ${note}.`,
      ),
  );
  for (const cell of results) {
    for (const [widget, errors] of Object.entries(cell.errors)) {
      notes.push(
        `- ${cell.profile}, N = ${thousands(cell.count)}, ${LABELS[widget]}, errors: ${errors.join("; ")}.`,
      );
    }
    const tl = cell.widgets.timelinejs;
    if (tl?.runs && !tl.next) {
      notes.push(
        `- ${cell.profile}, N = ${thousands(cell.count)}, ${LABELS.timelinejs}: no Next button to click (on touch screens it hides its arrows and asks for a swipe).`,
      );
    }
  }
  if (notes.length) push("", "Notes:", "", ...notes);
  const hosts = [...new Set(results.flatMap((cell) => cell.blockedHosts))].sort();
  push(
    "",
    `Requests to other hosts, aborted so every page runs from 127.0.0.1 only: ${hosts.length ? hosts.join(", ") : "none"}.`,
    `Files TimelineJS loads (gzip -9): ${
      Object.entries(json.sizes.timelinejs)
        .map(([path, bytes]) => `${path.replace("/tl/", "")} ${kb(bytes)}`)
        .join(", ") || "–"
    }.`,
    "",
  );
  return lines.filter((line, index) => line !== "" || lines[index - 1] !== "").join("\n");
}

// ---------------------------------------------------------------------------------------------
// The chart: first render against N, log–log, desktop solid and phone dashed.

export function svg(json) {
  const width = 780;
  const height = 440;
  const margin = { left: 70, right: 240, top: 50, bottom: 50 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const points = [];
  for (const cell of json.results) {
    for (const widget of ["backstory", "timelinejs", "floor"]) {
      const f = cell.widgets[widget]?.firstRender;
      if (f) points.push({ ...f, widget, profile: cell.profile, n: cell.count });
    }
  }
  const values = points.flatMap((p) => [p.min, p.max]);
  const yMin = 10 ** Math.floor(Math.log10(Math.min(10, ...values)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(1000, ...values)));
  const xMin = 10;
  const xMax = 10 ** Math.ceil(Math.log10(Math.max(1000, ...json.settings.counts)));
  const x = (n) => margin.left + (Math.log10(n / xMin) / Math.log10(xMax / xMin)) * plotW;
  const y = (v) => margin.top + plotH - (Math.log10(v / yMin) / Math.log10(yMax / yMin)) * plotH;
  const f = (v) => v.toFixed(1);
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="title desc">`,
    `<title id="title">First rendered frame against number of events, log–log</title>`,
    `<desc id="desc">Median navigation to first rendered frame in milliseconds for Backstory, TimelineJS 3.9.11 and a static HTML list, at ${json.settings.counts.join(", ")} events; desktop solid, phone (4× CPU throttling) dashed. ${json.machine.cpu}, Chromium ${json.machine.chromium}.</desc>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${margin.left}" y="24" font-size="15" font-weight="600">First rendered frame vs events (median ms, log–log)</text>`,
  );
  for (let v = yMin; v <= yMax; v *= 10) {
    out.push(
      `<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="#ddd"/>`,
      `<text x="${margin.left - 8}" y="${f(y(v) + 4)}" text-anchor="end">${v >= 1000 ? `${v / 1000} s` : `${v} ms`}</text>`,
    );
  }
  for (const n of json.settings.counts) {
    out.push(
      `<line x1="${f(x(n))}" x2="${f(x(n))}" y1="${margin.top}" y2="${margin.top + plotH}" stroke="#eee"/>`,
      `<text x="${f(x(n))}" y="${margin.top + plotH + 18}" text-anchor="middle">${thousands(n)}</text>`,
    );
  }
  out.push(
    `<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#888"/>`,
    `<text x="${margin.left + plotW / 2}" y="${height - 10}" text-anchor="middle">events in the story (N)</text>`,
  );
  let legendY = margin.top + 10;
  for (const widget of ["backstory", "timelinejs", "floor"]) {
    for (const profile of ["desktop", "phone"]) {
      const series = points.filter((p) => p.widget === widget && p.profile === profile);
      if (!series.length) continue;
      const dash = profile === "phone" ? ` stroke-dasharray="6 4"` : "";
      out.push(
        `<polyline fill="none" stroke="${COLORS[widget]}" stroke-width="2"${dash} points="${series.map((p) => `${f(x(p.n))},${f(y(p.median))}`).join(" ")}"/>`,
      );
      for (const p of series) {
        out.push(
          `<line x1="${f(x(p.n))}" x2="${f(x(p.n))}" y1="${f(y(p.min))}" y2="${f(y(p.max))}" stroke="${COLORS[widget]}" stroke-width="1"/>`,
          `<circle cx="${f(x(p.n))}" cy="${f(y(p.median))}" r="3.5" fill="${profile === "phone" ? "#fff" : COLORS[widget]}" stroke="${COLORS[widget]}" stroke-width="1.5"/>`,
        );
      }
      const lx = margin.left + plotW + 16;
      out.push(
        `<line x1="${lx}" x2="${lx + 28}" y1="${legendY}" y2="${legendY}" stroke="${COLORS[widget]}" stroke-width="2"${dash}/>`,
        `<text x="${lx + 36}" y="${legendY + 4}">${LABELS[widget].replace(" (floor)", "")}, ${profile}</text>`,
      );
      legendY += 22;
    }
  }
  const stops = Object.entries(json.timelinejsStopped);
  for (const [profile, stop] of stops) {
    const why = stop.reason.startsWith("did not render")
      ? `not rendered within ${json.settings.loadLimitMs / 1000} s`
      : "past the 10-minute budget";
    out.push(
      `<text x="${margin.left + plotW + 16}" y="${legendY + 8}" fill="${COLORS.timelinejs}" font-size="11">TimelineJS, ${profile}: stopped at N = ${thousands(stop.count)}</text>`,
      `<text x="${margin.left + plotW + 16}" y="${legendY + 22}" fill="${COLORS.timelinejs}" font-size="11">(${why})</text>`,
    );
    legendY += 32;
  }
  out.push(
    `<text x="${margin.left + plotW + 16}" y="${legendY + 16}" font-size="11" fill="#555">Bars: min–max of the runs.</text>`,
    "</svg>",
    "",
  );
  return out.join("\n");
}

// Run directly, it redraws latest.md and latest.svg (and the targets) from latest.json, without
// measuring again.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = fileURLToPath(new URL("results/", import.meta.url));
  const json = JSON.parse(await readFile(join(outDir, "latest.json"), "utf8"));
  json.targets = evaluateTargets(
    json.results,
    json.sizes.backstoryTotal,
    json.sizes.timelinejsTotal,
  );
  await writeFile(join(outDir, "latest.json"), `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(join(outDir, "latest.md"), markdown(json));
  await writeFile(join(outDir, "latest.svg"), svg(json));
}
