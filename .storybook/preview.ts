import type { Decorator, Preview } from "@storybook/web-components";
import { setCustomElementsManifest } from "@storybook/web-components";
// Registers <backstory-timeline> and <backstory-quiz>, as the script-tag bundle does on a page.
import "../src/define.js";
import { installFakeNetwork } from "../stories/support/fake-network.js";
import { manifest } from "../stories/support/manifest.js";

if (manifest) setCustomElementsManifest(manifest);
installFakeNetwork();

/** The page behind the widgets follows the toolbar's colour scheme, as an article page would. */
const withPageScheme: Decorator = (story, context) => {
  // Docs pages keep Storybook's own look; the widgets on them still follow the scheme.
  if (context.viewMode !== "story") return story();
  const scheme = context.globals.scheme as string | undefined;
  const root = document.documentElement;
  root.style.colorScheme = scheme === "light" || scheme === "dark" ? scheme : "light dark";
  root.style.background = "Canvas";
  root.style.color = "CanvasText";
  return story();
};

const preview: Preview = {
  tags: ["autodocs"],
  decorators: [withPageScheme],
  globalTypes: {
    scheme: {
      description: "Colour scheme for every widget whose theme control is auto",
      toolbar: {
        title: "Scheme",
        icon: "contrast",
        items: [
          { value: "auto", title: "Auto (system setting)" },
          { value: "light", title: "Light" },
          { value: "dark", title: "Dark" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scheme: "auto" },
  parameters: {
    layout: "padded",
    controls: { expanded: true, sort: "requiredFirst" },
    docs: { toc: true },
    viewport: {
      options: {
        phone: {
          name: "Phone (375 × 667)",
          styles: { width: "375px", height: "667px" },
          type: "mobile",
        },
        tablet: {
          name: "Tablet (768 × 1024)",
          styles: { width: "768px", height: "1024px" },
          type: "tablet",
        },
        desktop: {
          name: "Desktop (1280 × 800)",
          styles: { width: "1280px", height: "800px" },
          type: "desktop",
        },
      },
    },
    a11y: {
      // Every story is an accessibility test: a violation fails it in the UI and in `vitest`.
      test: "error",
      options: {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      },
    },
  },
};

export default preview;
