import { describe, expect, it } from "vitest";
import { nearestPassage } from "../../src/data/nearest-passage.js";

const ARTICLE = [
  "SpaceX, which operates Starlink, won a $1.8 billion classified contract in 2021. The Pentagon relies on it. Other firms lag behind.",
  "Musk said there was no way in hell that Putin would lose the war, according to people who heard him.",
];

describe("nearestPassage: where the passage stops", () => {
  it("stops at the end of the sentence instead of running into the next", () => {
    const nearest = nearestPassage(
      "won a $1.8 billion clasified contract in 2021 the pentagon",
      ARTICLE,
    );
    expect(nearest?.text).toBe("won a $1.8 billion classified contract in 2021.");
  });

  it("keeps a passage that ends mid-sentence as the quote does", () => {
    const nearest = nearestPassage("there was no way in heck that Putin", ARTICLE);
    expect(nearest?.paragraph).toBe(2);
    expect(nearest?.text).toBe("there was no way in hell that Putin");
  });

  it("begins after the sentence before when the window starts on its last word", () => {
    const nearest = nearestPassage("2021. The Pentagonn relies on it", ARTICLE);
    expect(nearest?.text).toBe("2021. The Pentagon relies on it.");
    const inside = nearestPassage("in 2021 The Pentagon relies on", [ARTICLE[0] ?? ""]);
    expect(inside?.text).toBe("The Pentagon relies on");
  });

  it("keeps two sentences when the quote itself has two", () => {
    const nearest = nearestPassage("The Pentagon relies on it. Other firms lagg", ARTICLE);
    expect(nearest?.text).toBe("The Pentagon relies on it. Other firms lag");
  });
});
