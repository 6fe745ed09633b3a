/// <reference types="vitest/config" />
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vite";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";

// Each browser project needs its own config object (a shared one fails as "already defined").
function chromium() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    }),
    instances: [{ browser: "chromium" as const }],
  };
}

export default defineConfig({
  // The script-tag bundle: one self-contained, minified ES module that registers both elements.
  build: {
    outDir: "dist/cdn",
    emptyOutDir: false,
    target: "es2022",
    lib: {
      entry: "src/cdn.ts",
      formats: ["es"],
      fileName: () => "backstory.js",
    },
    rolldownOptions: { output: { minify: true } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          browser: chromium(),
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
