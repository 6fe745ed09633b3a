/** Which member names the script-tag bundle shortens: the elements' own, never one reached by name. */
import { describe, expect, it } from "vitest";
import { privateMemberNames } from "../../scripts/private-member-names.mjs";

const names = privateMemberNames(["src/elements", "src/data"]);

describe("privateMemberNames", () => {
  it("shortens the elements' private and protected members", () => {
    expect(names).toContain("focusLater");
    expect(names).toContain("renderQuestion");
    // Internal reactive state has no attribute: its name is the element's own.
    expect(names).toContain("announcement");
  });

  it("keeps what Lit, the page or a story file reaches by name", () => {
    // Lit calls overrides; attributes are named after public properties; `text` is a story field
    // (choices) and a DOM word; `state` is Lit's option; strings keys are looked up by name.
    for (const name of [
      "render",
      "updated",
      "willUpdate",
      "headingLevel",
      "text",
      "state",
      "nothingChosen",
    ]) {
      expect(names).not.toContain(name);
    }
  });
});
