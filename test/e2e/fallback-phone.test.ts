/**
 * The no-JavaScript fallback on a 390 px phone, end to end (the built bundle and story, served
 * over loopback, in Chromium; assumes `npm run build` ran): it keeps the reserved height, says that
 * it continues, shows its last line in full when scrolled to, and the page does not move when
 * the element upgrades.
 */
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../scripts/serve.mjs";
import {
  builtStory,
  html,
  launchChromium,
  layoutShiftScore,
  layoutShifts,
  page,
  slowBuiltFiles,
  snippet,
  waitForReady,
  watch,
} from "./helpers.js";

const PHONE = { width: 390, height: 844 };

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
const contexts: BrowserContext[] = [];

async function context(options: Parameters<Browser["newContext"]>[0] = {}) {
  const made = await browser.newContext({ viewport: PHONE, ...options });
  contexts.push(made);
  return made;
}

beforeAll(async () => {
  server = await startServer({ pages: { "/plain.html": html(page(snippet(builtStory()))) } });
  browser = await launchChromium();
});

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((made) => made.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the fallback on a 390 px phone, without JavaScript", () => {
  it("fills the reserved height, fades out where it continues, and shows its last line when scrolled to", async () => {
    const tab = await (await context({ javaScriptEnabled: false })).newPage();
    await tab.goto(`${server.url}/plain.html`);
    const timeline = tab.locator("backstory-timeline");
    const fallback = timeline.locator(".backstory-fallback");
    const [element, box] = [await timeline.boundingBox(), await fallback.boundingBox()];
    // The height the upgraded timeline takes at this width: 94rem less 1.23 px for every pixel
    // over 320 (RESERVED_HEIGHT), 1,417.9 px at 390.
    const reserved = 94 * 16 - (390 - 320) * 1.23;
    expect(element?.height).toBeCloseTo(reserved, 0);
    expect(box?.height).toBeCloseTo(reserved, 0);
    const measure = () =>
      fallback.evaluate((node) => {
        const last = node.querySelector("ol:last-of-type > li:last-child p:last-child");
        const style = getComputedStyle(node);
        return {
          client: node.clientHeight,
          scroll: node.scrollHeight,
          mask: style.maskImage,
          boxBottom: node.getBoundingClientRect().bottom,
          lastBottom: last?.getBoundingClientRect().bottom ?? 0,
        };
      });
    const before = await measure();
    expect(before.scroll).toBeGreaterThan(before.client);
    expect(before.mask).toMatch(/linear-gradient/);
    await fallback.evaluate((node) => node.scrollTo(0, node.scrollHeight));
    const after = await measure();
    // The fade covers the box's last 4rem; the 3rem of padding under the last line is what fades.
    expect(after.boxBottom - after.lastBottom).toBeGreaterThanOrEqual(40);
    expect(await fallback.getAttribute("role")).toBe("region");
    expect(await fallback.getAttribute("tabindex")).toBe("0");
  });

  it("does not shift the page when the elements upgrade", async () => {
    const made = await context();
    const watched = await watch(made);
    await slowBuiltFiles(made);
    await watched.page.goto(`${server.url}/plain.html`);
    await waitForReady(watched.page, 2);
    const score = await layoutShiftScore(watched.page);
    console.info(
      `layout shift, fallback to widget, 390×844: ${score.toFixed(4)}`,
      JSON.stringify(await layoutShifts(watched.page)),
    );
    expect(score).toBeLessThan(0.01);
  });
});
