/**
 * "Read it in the article" on the article's own page: the page scrolls to the quote, and focus
 * goes with it instead of staying on a link that has left the screen.
 */
import { screen } from "shadow-dom-testing-library";
import { afterEach, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { focused, mountQuiz } from "./helpers.js";

afterEach(() => {
  for (const element of document.querySelectorAll("backstory-quiz, article")) element.remove();
  localStorage.clear();
});

it("moves focus to the article's paragraph holding the quote, on screen", async () => {
  const article = document.createElement("article");
  article.innerHTML = `<p>An opening paragraph.</p><p style="margin-block-start: 3000px">They
  said that the right one   is the one that is right, in so many words.</p>`;
  document.body.prepend(article);
  const quiz = await mountQuiz();
  quiz.scrollIntoView();
  await userEvent.click(screen.getByShadowRole("radio", { name: "The right one" }));
  await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
  const link = await screen.findByShadowRole("link", { name: "Read it in the article" });
  link.focus();
  await userEvent.keyboard("{Enter}");
  const paragraph = article.children[1] as HTMLElement;
  await expect.poll(() => focused()).toBe(paragraph);
  const box = paragraph.getBoundingClientRect();
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeLessThan(window.innerHeight);
});

it("leaves focus alone when the quote is not on the page", async () => {
  await mountQuiz();
  await userEvent.click(screen.getByShadowRole("radio", { name: "The right one" }));
  await userEvent.click(screen.getByShadowRole("button", { name: "Check answer" }));
  const link = await screen.findByShadowRole("link", { name: "Read it in the article" });
  link.focus();
  await userEvent.keyboard("{Enter}");
  expect(focused()).toBe(link);
});
