/** Registers the studio's elements. */
import { defineOnce } from "../elements/shared/define-once.js";
import { BackstoryStudio } from "./backstory-studio.js";
import { BackstoryStudioArticle } from "./backstory-studio-article.js";
import { BackstoryStudioEditor } from "./backstory-studio-editor.js";
import { BackstoryStudioPreview } from "./backstory-studio-preview.js";

defineOnce("backstory-studio-article", BackstoryStudioArticle);
defineOnce("backstory-studio-editor", BackstoryStudioEditor);
defineOnce("backstory-studio-preview", BackstoryStudioPreview);
defineOnce("backstory-studio", BackstoryStudio);
