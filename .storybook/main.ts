import type { StorybookConfig } from "@storybook/web-components-vite";
import { mergeConfig } from "vite";

const config: StorybookConfig = {
  framework: { name: "@storybook/web-components-vite", options: {} },
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.ts"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  // No network calls home from a newsroom machine or CI.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: "Docs" },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Pre-bundling Lit once keeps the elements and the stories on one copy of it; otherwise
      // Lit warns "Multiple versions of Lit loaded" and property bindings can miss each other.
      // The rest are listed so that Vite finds them before the first story runs: a dependency
      // found later makes Vite re-bundle and reload, which fails a test run midway.
      optimizeDeps: {
        include: [
          "lit",
          "lit/decorators.js",
          "lit/directive-helpers.js",
          "lit/directives/if-defined.js",
          "lit/directives/repeat.js",
          "lit/directives/style-map.js",
          "lit/directives/unsafe-html.js",
          "axe-core",
          "shadow-dom-testing-library",
        ],
      },
    });
  },
};

export default config;
