/** Helpers for play functions: they wait and query the way a reader would, through roles and names. */
import { expect, waitFor } from "storybook/test";

interface BackstoryElement extends HTMLElement {
  updateComplete: Promise<boolean>;
}

/**
 * Waits until every Backstory widget in the story has loaded (or failed) and rendered, so that
 * the accessibility check after the play function sees what a reader sees, not "Loading…".
 */
export async function settled(canvasElement: HTMLElement): Promise<void> {
  const widgets = [
    ...canvasElement.querySelectorAll<BackstoryElement>("backstory-timeline, backstory-quiz"),
  ];
  await waitFor(
    () => {
      for (const widget of widgets) {
        if (!widget.shadowRoot || widget.shadowRoot.querySelector("[part=loading]")) {
          throw new Error(`${widget.localName} is still loading.`);
        }
      }
    },
    { timeout: 5000 },
  );
  await Promise.all(widgets.map((widget) => widget.updateComplete));
}

/** WCAG 1.4.10 reflow: nothing in the story makes the page scroll sideways. */
export async function expectNoSidewaysScroll(canvasElement: HTMLElement): Promise<void> {
  await settled(canvasElement);
  const page = canvasElement.ownerDocument.documentElement;
  await expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
}
