/// <reference types="vitest/config" />
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vite";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium.mjs";
import { minifyLitTemplates } from "./scripts/minify-lit-templates.mjs";
import { shortenPrivateMembers } from "./scripts/private-member-names.mjs";
import { embedPageHtml, ORIGINS_VARIABLE, parseOriginList } from "./src/embed/allowed-origins.js";

/** The story checker's own file, beside backstory.js. */
const CHECKER = "backstory-check.js";

/** The story checker built alone: minified, self-contained, one ES module. */
async function checkerBundle(): Promise<string> {
  const { build } = await import("vite");
  const result = await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      target: "es2022",
      lib: {
        entry: "src/elements/shared/check-story.ts",
        formats: ["es"],
        fileName: () => CHECKER,
      },
      rolldownOptions: { output: { minify: true, comments: false } },
    },
  });
  const [output] = Array.isArray(result) ? result : [result];
  const [chunk] = (output as { output: { type: string; code?: string }[] }).output;
  if (chunk?.type !== "chunk" || !chunk.code)
    throw new Error(`${CHECKER}: the build made no code.`);
  return chunk.code;
}

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
  plugins: [
    minifyLitTemplates(),
    {
      // The checker is a file of its own that imports nothing (src/elements/shared/check-story.ts):
      // backstory.js asks for it by relative address only for a story that is not built.
      name: "backstory-checker",
      // The script-tag builds only (lib mode); Storybook's and the studio's keep the module.
      apply: (config, { command }) => command === "build" && Boolean(config.build?.lib),
      enforce: "pre",
      resolveId(source, importer) {
        if (source === "./check-story.js" && importer?.endsWith("fetch-story.ts"))
          return { id: `./${CHECKER}`, external: true };
      },
      async generateBundle() {
        this.emitFile({ type: "asset", fileName: CHECKER, source: await checkerBundle() });
      },
    },
  ],
  // The script-tag bundle: one self-contained, minified ES module that registers both elements;
  // and the iframe embed page (embed.html + embed.js), for CMSs that strip scripts. embed.js
  // imports nothing, so no chunk is shared and backstory.js stays self-contained.
  build: {
    outDir: "dist/cdn",
    emptyOutDir: false,
    target: "es2022",
    lib: {
      entry: { backstory: "src/cdn.ts", embed: "src/embed/embed-page.ts" },
      formats: ["es"],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      output: { minify: true, comments: false },
      plugins: [
        // Private member names are the elements' own: readers need not download them in full.
        shortenPrivateMembers({ chunkName: "backstory", dirs: ["src/elements", "src/data"] }),
        {
          name: "backstory-embed-page",
          async generateBundle() {
            const { readFile } = await import("node:fs/promises");
            // The origins the embed page takes stories from besides its own, fixed here.
            let origins: string[];
            try {
              origins = parseOriginList(process.env[ORIGINS_VARIABLE]);
            } catch (error) {
              throw new Error(`${ORIGINS_VARIABLE}: ${(error as Error).message}`);
            }
            this.emitFile({
              type: "asset",
              fileName: "embed.html",
              source: embedPageHtml(await readFile("src/embed/embed.html", "utf8"), origins),
            });
          },
        },
      ],
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/unit/compile-cli.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          setupFiles: ["test/browser/load-checker.ts"],
          browser: chromium(),
          // A whole quiz played by keys takes seconds on 2 busy cores; 15 s was seen to be short.
          testTimeout: 30_000,
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
      // The WordPress plugin and oEmbed in a real WordPress, installed and started by the setup
      // (Debian packages, as root; skipped with one line saying why where that is impossible).
      {
        extends: true,
        test: {
          name: "wordpress",
          include: ["test/wordpress/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/wordpress/global-setup.ts"],
          // PHP renders every page: slower than the e2e project's static files.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // Every story in stories/ as a test: it renders, its play function passes and axe finds
      // no WCAG 2.2 AA violation, once with the light scheme and once with the dark.
      ...(["light", "dark"] as const).map((scheme) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: ".storybook", initialGlobals: { scheme } })],
        test: {
          name: scheme === "light" ? "storybook" : "storybook-dark",
          browser: { ...chromium(), viewport: { width: 1280, height: 800 } },
        },
      })),
    ],
  },
});
