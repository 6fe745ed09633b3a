/**
 * Backstory Studio's page (src/studio/), built apart from the readers' bundle into dist/studio/,
 * where `backstory studio` serves it from.
 */
import { defineConfig } from "vite";

export default defineConfig({
  root: "src/studio",
  base: "./",
  build: {
    outDir: "../../dist/studio",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
  },
});
