// Writes schema/story.schema.json from the story format's one description (src/data/story-format.ts,
// compiled to dist/ by "build:lib"), so editors get completion and checks through "$schema".
import { writeFile } from "node:fs/promises";
import { storyJsonSchema } from "../dist/data/json-schema.js";

const url = new URL("../schema/story.schema.json", import.meta.url);
await writeFile(url, `${JSON.stringify(storyJsonSchema(), null, 2)}\n`);
console.log("schema/story.schema.json written");
