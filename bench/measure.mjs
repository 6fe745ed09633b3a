// One measured page load: a fresh browser context (empty cache), every request that does not go to
// 127.0.0.1 aborted and counted, CPU throttling through the DevTools protocol, then the figures.

/** How long to let a page settle after its first frame before reading long tasks and the DOM. */
const SETTLE_MS = 300;
/** Pause between interactions, so one slide animation (TimelineJS: 1 s) does not overlap the next. */
const BETWEEN_INTERACTIONS_MS = 1000;

export const PROFILES = {
  desktop: {
    name: "desktop",
    cpuThrottling: 1,
    context: { viewport: { width: 1280, height: 800 } },
  },
  phone: {
    name: "phone",
    cpuThrottling: 4,
    context: {
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    },
  },
};

/** Counts elements and all nodes, shadow roots included. */
function countDom() {
  let elements = 0;
  let nodes = 0;
  const walk = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      nodes += 1;
      if (node.nodeType === Node.ELEMENT_NODE) {
        elements += 1;
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    }
  };
  walk(document);
  return { elements, nodes };
}

/**
 * Loads `url` and measures it.
 * @param {import("playwright-core").Browser} browser
 * @param {object} options
 * @param {string} options.url
 * @param {typeof PROFILES.desktop} options.profile
 * @param {number} options.timeoutMs limit for navigation → first frame
 * @param {Array<{name: string, type: "click" | "keydown", prepare?: (page) => Promise<unknown>, run: (page) => Promise<unknown>}>} [options.interactions]
 */
export async function measureLoad(browser, { url, profile, timeoutMs, interactions = [] }) {
  const context = await browser.newContext(profile.context);
  const blockedHosts = new Set();
  let blocked = 0;
  await context.route(
    (address) => address.hostname !== "127.0.0.1",
    (route) => {
      blocked += 1;
      blockedHosts.add(new URL(route.request().url()).hostname);
      return route.abort("blockedbyclient");
    },
  );
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile.cpuThrottling > 1) {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuThrottling });
    }
    const requests = new Map();
    await cdp.send("Network.enable");
    await cdp.send("Performance.enable");
    cdp.on("Network.requestWillBeSent", ({ requestId, request }) => {
      if (request.url.startsWith("http://127.0.0.1")) {
        requests.set(requestId, { path: new URL(request.url).pathname, bytes: 0 });
      }
    });
    // Encoded (gzip) body plus headers, as they came over the wire.
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
      const request = requests.get(requestId);
      if (request) request.bytes = encodedDataLength;
    });

    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: "commit", timeout: timeoutMs });
    try {
      await page.waitForFunction(() => window.__bench?.marks.firstRender > 0, null, {
        timeout: timeoutMs,
        polling: 50,
      });
    } catch {
      return { timedOut: true, errors };
    }
    await page.waitForTimeout(SETTLE_MS);
    const probe = await page.evaluate(() => {
      const navigation = performance.getEntriesByType("navigation")[0];
      return {
        firstRender: window.__bench.marks.firstRender,
        readyAt: window.__bench.marks.firstRenderReady,
        longTasks: window.__bench.longTasks,
        // When each file had arrived, for the breakdown of first render.
        arrivals: [
          { path: new URL(location.href).pathname, end: navigation.responseEnd },
          ...performance
            .getEntriesByType("resource")
            .map((entry) => ({ path: new URL(entry.name).pathname, end: entry.responseEnd })),
        ],
      };
    });
    // Main-thread time by kind, from load to here (the DevTools protocol's own counters).
    const { metrics } = await cdp.send("Performance.getMetrics");
    const metric = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const mainThread = {
      script: metric("ScriptDuration"),
      style: metric("RecalcStyleDuration"),
      layout: metric("LayoutDuration"),
      tasks: metric("TaskDuration"),
    };
    const dom = await page.evaluate(countDom);
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");

    const result = {
      timedOut: false,
      firstRender: probe.firstRender,
      readyAt: probe.readyAt,
      mainThread,
      arrivals: probe.arrivals,
      blockingTime: probe.longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
      longTasks: probe.longTasks.length,
      heapBytes: usedSize,
      elements: dom.elements,
      nodes: dom.nodes,
      requests: requests.size,
      bytes: [...requests.values()].reduce((sum, request) => sum + request.bytes, 0),
      requestList: [...requests.values()].sort((a, b) => a.path.localeCompare(b.path)),
      blocked,
      blockedHosts: [...blockedHosts].sort(),
      interactions: {},
      errors,
    };
    for (const [index, interaction] of interactions.entries()) {
      if (index > 0) await page.waitForTimeout(BETWEEN_INTERACTIONS_MS);
      try {
        result.interactions[interaction.name] = await timeInteraction(page, interaction, timeoutMs);
      } catch (error) {
        result.errors.push(`${interaction.name}: ${error.message.split("\n")[0]}`);
      }
    }
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Times one user action: from the event's timestamp to the end of the next frame (rAF, then the
 * next task), plus the Event Timing duration when the browser reports one (only ≥ 16 ms).
 */
async function timeInteraction(page, { type, prepare, run }, timeoutMs) {
  // Untimed set-up (focus, choosing an answer), so its own clicks are not taken for the action.
  if (prepare) {
    await prepare(page);
    await page.waitForTimeout(100);
  }
  const before = await page.evaluate(() => window.__bench.interactions.length);
  // An action that returns false has nothing to act on in this layout (no such control).
  if ((await run(page)) === false) return null;
  const record = await page
    .waitForFunction(
      ({ before, type }) =>
        window.__bench.interactions.slice(before).find((r) => r.type === type && r.frame !== null),
      { before, type },
      { timeout: timeoutMs, polling: 50 },
    )
    .then((handle) => handle.jsonValue());
  // Event Timing entries are queued after the frame is presented: give them a moment.
  await page.waitForTimeout(50);
  const entries = await page.evaluate(() => window.__bench.eventEntries);
  const matching = entries.filter(
    (entry) => entry.name === type && Math.abs(entry.start - record.start) < 2,
  );
  return {
    frame: record.frame - record.start,
    target: record.target,
    eventTiming: matching.length ? Math.max(...matching.map((entry) => entry.duration)) : null,
  };
}
