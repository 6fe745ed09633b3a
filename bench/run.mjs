// `npm run bench`: Backstory's timeline against TimelineJS 3.9.11 and a static HTML floor, on the
// same generated stories, in headless Chromium over loopback. Writes bench/results/latest.{md,json,svg}.
// Options: --quick (2 runs, N up to 1,000, written to bench/results/runs/: a check of the harness).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "../scripts/chromium.mjs";
import { measureLoad, PROFILES } from "./measure.mjs";
import { backstoryTimelinePage, floorPage, quizPage, timelineJsPage } from "./pages.mjs";
import { writeResults } from "./report.mjs";
import { startServer } from "./server.mjs";
import { backstoryStory, floorList, generateEvents, timelineJsData } from "./stories.mjs";

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const quick = process.argv.includes("--quick");
// A quick run must not replace the committed results: it goes to the git-ignored runs/ folder.
const OUT_DIR = quick ? "bench/results/runs/" : "bench/results/";

/** Event counts of the generated stories. */
const COUNTS = quick ? [12, 100, 1000] : [12, 100, 1000, 10000];
/** Measured runs per figure, after one warm-up load. */
const RUNS = quick ? 2 : 5;
/** A load that has not rendered by then counts as not finished. */
const LOAD_LIMIT_MS = 60_000;
/** TimelineJS takes 10 s and more per load at the largest N: fewer runs there keep the budget. */
const TIMELINEJS_RUNS_AT_LARGEST_N = 3;
/** The whole benchmark must end within 10 minutes; optional TimelineJS loads stop earlier. */
const STARTED = Date.now();
const DEADLINE = STARTED + 9 * 60_000;
const WIDGETS = ["backstory", "timelinejs", "floor"];
const PROFILE_NAMES = ["desktop", "phone"];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (message) => console.log(`[${seconds(Date.now() - STARTED).padStart(7)}] ${message}`);

// 1. The script-tag bundle, built fresh so the figures are of the current source.
log("Building dist/cdn/backstory.js (vite build)…");
try {
  execFileSync(
    process.execPath,
    [root("node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"],
    { cwd: root(""), stdio: "inherit" },
  );
} catch {
  log("vite build failed: measuring the dist/cdn/backstory.js already there, if any.");
}
// The stories are sealed as `backstory build` writes them (readers of a built story never load
// the checker): the seal comes from the compiled source.
execFileSync(
  process.execPath,
  [root("node_modules/typescript/bin/tsc"), "-p", "tsconfig.build.json"],
  {
    cwd: root(""),
    stdio: "inherit",
  },
);
const { sealStory } = await import(root("dist/data/story-seal.js"));
const bundlePath = root("dist/cdn/backstory.js");
const bundle = existsSync(bundlePath) ? readFileSync(bundlePath, "utf8") : "";
const hasTimeline = bundle.includes("backstory-timeline");
const hasQuiz = bundle.includes("backstory-quiz");
if (!hasTimeline)
  log("The bundle has no <backstory-timeline>: measuring TimelineJS and the floor only.");

// 2. Stories, pages and the server.
const generated = new Map();
for (const count of COUNTS) {
  const events = generateEvents(count);
  generated.set(
    `/data/bench-${count}.story.json`,
    JSON.stringify(sealStory(backstoryStory(events))),
  );
  generated.set(`/data/bench-${count}.timelinejs.json`, JSON.stringify(timelineJsData(events)));
  generated.set(`/bench/backstory-${count}.html`, backstoryTimelinePage(count));
  generated.set(`/bench/timelinejs-${count}.html`, timelineJsPage(count));
  generated.set(`/bench/floor-${count}.html`, floorPage(count, floorList(events)));
}
// The source story, not the built one, so a clean clone measures the same file; sealed as a build
// seals it.
const quizStoryFile = "data/musk-spacex/story.json";
generated.set(
  "/data/musk-spacex.json",
  JSON.stringify(sealStory(JSON.parse(readFileSync(root(quizStoryFile), "utf8")))),
);
generated.set("/bench/quiz.html", quizPage("/data/musk-spacex.json"));

const server = await startServer(generated, {
  "/dist/cdn/": root("dist/cdn/"),
  "/tl/": root("node_modules/@knight-lab/timelinejs/dist/"),
});
const executablePath = findChromium();
if (!executablePath) throw new Error("No Chromium found: run `node scripts/chromium.mjs`.");
const browser = await chromium.launch({
  executablePath,
  args: CHROMIUM_ARGS,
});
log(`Server ${server.origin}; Chromium ${browser.version()}`);

// 3. What each widget's "next" and arrow key are.
const INTERACTIONS = {
  backstory: [
    {
      name: "next",
      type: "click",
      run: (page) => page.getByRole("button", { name: "Next event", exact: true }).click(),
    },
    {
      name: "arrow",
      type: "keydown",
      // The event list is one tab stop; arrows move between its markers.
      prepare: (page) => page.locator('backstory-timeline [part="marker"][tabindex="0"]').focus(),
      run: (page) => page.keyboard.press("ArrowRight"),
    },
  ],
  timelinejs: [
    {
      name: "next",
      type: "click",
      // On touch screens TimelineJS hides its arrows and asks for a swipe instead.
      run: async (page) => {
        const next = page.locator(".tl-slidenav-next").first();
        if (!(await next.isVisible())) return false;
        await next.click();
      },
    },
    // TimelineJS listens for arrows on the whole document.
    { name: "arrow", type: "keydown", run: (page) => page.keyboard.press("ArrowRight") },
  ],
  floor: [],
};
const QUIZ_INTERACTIONS = [
  {
    name: "check",
    type: "click",
    prepare: (page) => page.locator("backstory-quiz input").first().check(),
    run: (page) => page.getByRole("button", { name: "Check answer" }).click(),
  },
];

const load = (widget, count, profile) =>
  measureLoad(browser, {
    url: `${server.origin}/bench/${widget}-${count}.html`,
    profile: PROFILES[profile],
    timeoutMs: LOAD_LIMIT_MS,
    interactions: INTERACTIONS[widget],
  });

// 4. The quiz (first: it is short and fixed): the article's quiz, first render and Check → feedback frame.
const quiz = {};
if (hasQuiz) {
  quizRuns: for (const profile of PROFILE_NAMES) {
    quiz[profile] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const result = await measureLoad(browser, {
        url: `${server.origin}/bench/quiz.html`,
        profile: PROFILES[profile],
        timeoutMs: LOAD_LIMIT_MS,
        interactions: QUIZ_INTERACTIONS,
      });
      if (result.timedOut) {
        log(`${profile} quiz: not rendered within ${LOAD_LIMIT_MS / 1000} s; no quiz figures`);
        break quizRuns;
      }
      result.run = run;
      if (run > 0) quiz[profile].push(result);
      log(
        `${profile} quiz ${run === 0 ? "warm-up" : `run ${run}/${RUNS}`}: first frame ${result.firstRender.toFixed(0)} ms`,
      );
    }
  }
} else {
  log("The bundle has no <backstory-quiz>: no quiz figures.");
}

// 5. The runs. Within a run the three widgets load one after another (order rotated), so each
// ratio compares loads made under the same conditions.
const cells = [];
const stopped = {}; // profile → { count, reason } where TimelineJS stopped
const broken = new Set(); // widgets other than TimelineJS that did not render in time
const wallTimes = new Map(); // "widget profile" → { [count]: wall ms of the last load }
const wallsOf = (widget, profile) => {
  const key = `${widget} ${profile}`;
  if (!wallTimes.has(key)) wallTimes.set(key, {});
  return wallTimes.get(key);
};
for (const count of COUNTS) {
  for (const profile of PROFILE_NAMES) {
    const widgets = WIDGETS.filter((widget) => widget !== "backstory" || hasTimeline);
    const cell = {
      profile,
      count,
      runs: Object.fromEntries(widgets.map((w) => [w, []])),
      skipped: {},
    };
    cells.push(cell);
    for (let run = 0; run <= RUNS; run += 1) {
      const order = widgets.map((_, index) => widgets[(index + run) % widgets.length]);
      for (const widget of order) {
        if (cell.skipped[widget]) continue;
        if (broken.has(widget)) {
          cell.skipped[widget] = "not run: it did not render at a smaller N";
          continue;
        }
        const warmUp = run === 0;
        if (widget === "timelinejs") {
          // At the largest N a TimelineJS load is long and its code was warmed at the smaller N.
          if (warmUp && count === COUNTS.at(-1)) continue;
          const { reason, limited } = timelineBudget(profile, count, run);
          if (reason) {
            if (limited) cell.skipped[widget] = reason;
            else if (cell.runs.timelinejs.length > 0) {
              cell.skipped[widget] =
                `${cell.runs.timelinejs.length} of ${RUNS} runs, then ${reason}`;
            } else cell.skipped[widget] = `not run: ${reason}`;
            if (!cell.runs.timelinejs.length) stopped[profile] ??= { count, reason };
            log(`${profile} N=${count} timelinejs: ${reason}`);
            continue;
          }
        }
        const started = Date.now();
        const result = await load(widget, count, profile);
        const wall = Date.now() - started;
        wallsOf(widget, profile)[count] = wall;
        if (result.timedOut) {
          cell.skipped[widget] = `did not render within ${LOAD_LIMIT_MS / 1000} s`;
          if (widget === "timelinejs") stopped[profile] ??= { count, reason: cell.skipped[widget] };
          // Backstory or the floor failing is a bug, not a limit: do not wait on it again.
          else broken.add(widget);
          log(`${profile} N=${count} ${widget}: not rendered within ${LOAD_LIMIT_MS / 1000} s`);
          continue;
        }
        result.run = run;
        if (!warmUp) cell.runs[widget].push(result);
        log(
          `${profile} N=${count} ${warmUp ? "warm-up" : `run ${run}/${RUNS}`} ${widget}: ` +
            `first frame ${result.firstRender.toFixed(0)} ms (load took ${seconds(wall)})`,
        );
      }
    }
  }
}

/**
 * TimelineJS goes on to the next N only when it rendered the previous one within the limit, and
 * only while the deadline leaves room for a load as long as its last one times the growth in N.
 */
function timelineBudget(profile, count, run) {
  if (stopped[profile]) {
    return { reason: `stopped at N = ${stopped[profile].count.toLocaleString("en")}` };
  }
  const done = wallsOf("timelinejs", profile);
  const points = Object.entries(done)
    .filter(([n]) => Number(n) < count)
    .map(([n, wall]) => [Number(n), wall]);
  const last = points.at(-1);
  const before = points.at(-2);
  // Grow the last load's time as it grew from the N before (power law, exponent 0.5 to 1.5).
  const observed = before && Math.log(last[1] / before[1]) / Math.log(last[0] / before[0]);
  const growth = observed ? Math.min(1.5, Math.max(0.5, observed)) : 1;
  const fromLast = last ? last[1] * (count / last[0]) ** growth : 0;
  const expected = done[count] ?? Math.min(LOAD_LIMIT_MS, fromLast);
  if (count === COUNTS.at(-1) && run > TIMELINEJS_RUNS_AT_LARGEST_N) {
    return {
      reason: `${TIMELINEJS_RUNS_AT_LARGEST_N} runs at this N, where one load takes about ${seconds(expected)}`,
      limited: true,
    };
  }
  // Budget for the worst case: a load twice as long as expected, or one that hits the limit.
  const cost = done[count] ?? Math.min(2 * fromLast, LOAD_LIMIT_MS + 20_000);
  if (Date.now() + cost + remainingNonTimelineMs(profile, count, run) > DEADLINE) {
    return { reason: `a load would take about ${seconds(expected)}, past the 10-minute budget` };
  }
  return {};
}

/** A rough allowance for the loads still to come besides TimelineJS's. */
function remainingNonTimelineMs(profile, count, run) {
  let loads = 0;
  const position = COUNTS.indexOf(count) * PROFILE_NAMES.length + PROFILE_NAMES.indexOf(profile);
  const runsLeftHere = RUNS - run;
  loads += runsLeftHere * 2;
  loads += (COUNTS.length * PROFILE_NAMES.length - position - 1) * (RUNS + 1) * 2;
  const perLoad = Math.max(
    3000,
    ...Object.values(wallsOf("backstory", profile)),
    ...Object.values(wallsOf("floor", profile)),
  );
  return loads * perLoad;
}

// 6. Sizes of what each widget itself needs (gzip -9, as served).
const sizes = {
  backstory: hasTimeline
    ? { "dist/cdn/backstory.js": await server.sentSize("/dist/cdn/backstory.js") }
    : {},
  timelinejs: {},
};
for (const cell of cells) {
  for (const result of cell.runs.timelinejs ?? []) {
    for (const { path } of result.requestList ?? []) {
      if (path.startsWith("/tl/")) sizes.timelinejs[path] = await server.sentSize(path);
    }
  }
}

const chromiumVersion = browser.version();
await browser.close();
await server.close();

const machine = {
  cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
  cores: cpus().length,
  chromium: chromiumVersion,
  node: process.version,
};
await writeResults({
  outDir: root(OUT_DIR),
  quick,
  machine,
  settings: { counts: COUNTS, runs: RUNS, loadLimitMs: LOAD_LIMIT_MS, quizStory: quizStoryFile },
  cells,
  stopped,
  quiz,
  sizes,
  durationMs: Date.now() - STARTED,
});
log(`Done in ${seconds(Date.now() - STARTED)}: ${OUT_DIR}latest.md, latest.json, latest.svg`);
