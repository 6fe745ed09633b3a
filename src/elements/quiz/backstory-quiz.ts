import { html, nothing, type PropertyDeclarations } from "lit";
import { ownValue } from "../../data/own-value.js";
import type { QuizProgress } from "../../data/quiz-progress.js";
import {
  correctAnswer,
  findResultBand,
  isAnswerCorrect,
  quizProgressKey,
  scoreQuiz,
  shuffled,
  startingOrder,
} from "../../data/quiz-scoring.js";
import type { OrderQuestion, Question, Quiz, Story } from "../../data/story-format.js";
import { BackstoryElement } from "../shared/backstory-element.js";
import { renderCitation } from "../shared/citation.js";
import { emit } from "../shared/events.js";
import { themeStyles } from "../shared/theme.styles.js";
import { quizStyles } from "./backstory-quiz.styles.js";
import {
  loadQuizProgress,
  readerSeed,
  saveQuizProgress,
  watchQuizProgress,
} from "./quiz-progress-store.js";
import { ENGLISH_QUIZ_STRINGS, type QuizStrings } from "./strings.js";

/** What the quiz needs of a `<backstory-timeline>`. */
interface TimelineLike extends HTMLElement {
  readonly storyId?: string;
  reveal(eventId: string, back?: { label: string; action: () => void }): boolean;
}

const icon = (correct: boolean) =>
  html`<span class=${correct ? "yes" : "no"} aria-hidden="true">${correct ? "✓" : "✗"}</span>`;

/**
 * A comprehension quiz for a news article: one question at a time (single choice, multiple
 * select, true/false, put events in order), feedback with the article's words and a link back to
 * them, a score with a result band, and progress remembered across reloads. The story comes from
 * the `story` property, the `src` attribute, or a `<script type="application/json">` child.
 *
 * @tagname backstory-quiz
 * @summary A keyboard- and screen-reader-friendly quiz built from a Backstory story file.
 *
 * @fires backstory-answer - The reader checked an answer. Detail: `{ questionId, chosen, correct }`.
 * @fires backstory-complete - The reader reached the result. Detail: `{ score, total, bandId }`.
 * @fires backstory-ready - A story has rendered. Detail: `{ storyId }`.
 *
 * @csspart heading - The quiz's title and the review's heading.
 * @csspart score - The result's heading: "You got 9 of 12 right".
 * @csspart progress - The "Question 3 of 10" line.
 * @csspart question - The fieldset of the current question.
 * @csspart choice - Each choice's label.
 * @csspart order-item - Each item of an ordering question.
 * @csspart feedback - What the reader sees after checking an answer.
 * @csspart results - The score, result band and review.
 *
 * @cssprop --backstory-color-correct - Marks right answers (always with a word and an icon).
 */
export class BackstoryQuiz extends BackstoryElement<QuizStrings> {
  static override properties: PropertyDeclarations = {
    noPersist: { type: Boolean, attribute: "no-persist" },
    index: { state: true },
    answers: { state: true },
    drafts: { state: true },
    nothingChosen: { state: true },
    shareText: { state: true },
    reviewOpen: { state: true },
  };

  static override styles = [themeStyles, quizStyles];

  /** Do not save the reader's progress in localStorage (nor read it back). */
  noPersist = false;

  /** @internal */
  protected readonly englishStrings = ENGLISH_QUIZ_STRINGS;
  /** @internal */
  private index = 0;
  /** @internal Checked answers by question id. */
  private answers: Record<string, string[]> = {};
  /** @internal Choices made but not yet checked, by question id. */
  private drafts: Record<string, string[]> = {};
  /** @internal */
  private nothingChosen = false;
  /** @internal Whether the results show the review of every answer. */
  private reviewOpen = false;
  /** @internal Text to copy by hand when the clipboard failed. */
  private shareText?: string;
  /** @internal Storage key of the quiz shown, to notice a new story. */
  private progressKey?: string;
  /** @internal What this reader's choice order comes from, when the story shuffles choices. */
  private seed = "";
  /** @internal Index of the order item being dragged. */
  private dragged = -1;

  /**
   * @internal A timeline of the same story that appears later makes "See it on the timeline"
   * possible; any other element's story changes nothing here.
   */
  private readonly onTimelineReady = (event: Event) => {
    const source = event.target as TimelineLike;
    if (source.localName === "backstory-timeline" && source.storyId === this.storyId) {
      this.requestUpdate();
    }
  };

  /** @internal Stops following the progress other quizzes of this content save. */
  private unwatch?: () => void;

  /** @internal Another quiz of the same content, here or in another tab, saved the reader's progress. */
  private readonly onProgressElsewhere = async (progress: QuizProgress) => {
    const hadFocus = this.matches(":focus-within");
    this.index = progress.index;
    this.answers = progress.answers;
    this.nothingChosen = false;
    await this.updateComplete;
    // A reader back in a tab left open finds focus in the quiz, not lost with a replaced button.
    if (hadFocus && !this.shadowRoot?.activeElement) {
      this.renderRoot.querySelector<HTMLElement>("legend, [part=score]")?.focus();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener("backstory-ready", this.onTimelineReady);
    this.watchProgress();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener("backstory-ready", this.onTimelineReady);
    this.unwatch?.();
    this.unwatch = undefined;
  }

  /** @internal */
  private watchProgress(): void {
    this.unwatch?.();
    const quiz = this.quiz;
    this.unwatch =
      this.progressKey && quiz && !this.noPersist && this.isConnected
        ? watchQuizProgress(this.progressKey, quiz, this.onProgressElsewhere)
        : undefined;
  }

  /** @internal */
  private get quiz(): Quiz | undefined {
    return this.loader.story?.quiz;
  }

  override willUpdate(): void {
    const story = this.loader.story;
    const key = story?.quiz && quizProgressKey(story.id, story.quiz);
    if (key === this.progressKey) return;
    // A new story or an edited quiz: start from what was saved for exactly this content, if anything.
    this.progressKey = key;
    const saved =
      key && story?.quiz && !this.noPersist ? loadQuizProgress(key, story.quiz) : undefined;
    this.index = saved?.index ?? 0;
    this.answers = saved?.answers ?? {};
    this.drafts = {};
    this.watchProgress();
    this.seed = story?.quiz?.shuffleChoices && !this.noPersist ? readerSeed() : "";
  }

  /** @internal */
  protected renderStory(story: Story, t: QuizStrings) {
    return story.quiz
      ? html`<section part="base" aria-labelledby="title" lang=${story.article.language}>${this.renderQuiz(story, story.quiz, t)}</section>`
      : this.editor
        ? html`<div class="status-box" part="error"><p>${t.noQuiz}</p></div>`
        : html`<p class="unavailable" part="error">${t.unavailable}</p><slot></slot>`;
  }

  /** @internal */
  private renderQuiz(story: Story, quiz: Quiz, t: QuizStrings) {
    const question = quiz.questions[this.index];
    // Print shows every question, its choices with the right one marked, and the explanation.
    return html`<div id="title" role="heading" aria-level=${this.level()} part="heading">${quiz.title}</div>
${quiz.intro ? html`<p>${quiz.intro}</p>` : nothing}
<div class="screen">${
      question ? this.renderQuestion(story, question, t) : this.renderResults(story, quiz, t)
    }</div>
<ol class="print">${quiz.questions.map((item) => {
      const right = item.type === "order" ? [] : correctAnswer(item);
      return html`<li><p>${item.prompt}</p>
${item.type === "order" ? html`<p>${t.correctOrder}:</p>` : nothing}
<ul>${this.options(story, item, t).map(
        ([id, text]) =>
          html`<li>${text}${right.includes(id) ? html` <strong>✓ ${t.rightChoice}</strong>` : nothing}</li>`,
      )}</ul>
<p>${item.explanation}</p></li>`;
    })}</ol>`;
  }

  /** @internal */
  private renderQuestion(story: Story, question: Question, t: QuizStrings) {
    const total = this.quiz?.questions.length ?? 0;
    const checked = ownValue(this.answers, question.id);
    const chosen = checked ?? this.draft(question);
    const multiple = question.type === "multiple";
    return html`<p class="progress" part="progress">${this.say("progress", { n: this.index + 1, total })}</p>
<fieldset part="question" ?disabled=${!!checked} @change=${this.onChoiceChange}>
<legend tabindex="-1">${question.prompt}${
      multiple && question.showCount
        ? html` <span class="hint">${this.say("pickCount", { count: question.answers.length })}</span>`
        : nothing
    }</legend>
${
  question.type === "order"
    ? this.renderOrder(story, question, chosen, !!checked)
    : this.options(story, question, t).map(([id, text]) => {
        // Once checked, the list itself shows the right choices and a wrong pick, in words too.
        const right = checked && correctAnswer(question).includes(id);
        const mark = right ? t.rightChoice : checked && chosen.includes(id) ? t.yourChoice : "";
        return html`<label class="choice ${mark ? (right ? "right" : "wrong") : ""}" part="choice"><input
type=${multiple ? "checkbox" : "radio"} name=${question.id} .value=${id} .checked=${chosen.includes(id)}
aria-describedby=${mark ? `mark-${id}` : nothing}>
<span>${text}</span>${mark ? html`<span class="mark">${icon(!!right)} <span id=${`mark-${id}`} aria-hidden="true">${mark}</span></span>` : nothing}</label>`;
      })
}</fieldset>
${this.nothingChosen ? html`<p class="warning">${t.nothingChosen}</p>` : nothing}
${checked ? this.renderFeedback(story, question, checked, t) : nothing}
<div class="actions">${
      this.index > 0
        ? html`<button type="button" @click=${() => this.go(this.index - 1)}>${t.back}</button>`
        : nothing
    }
${
  checked
    ? html`<button type="button" class="primary" @click=${() => this.go(this.index + 1)}>${
        this.index + 1 < total ? t.next : t.finish
      }</button>`
    : html`<button type="button" class="primary" @click=${this.check}>${t.check}</button>`
}</div>`;
  }

  /** @internal */
  private renderOrder(story: Story, question: OrderQuestion, order: string[], locked: boolean) {
    const button = (id: string, title: string, from: number, to: number, direction: string) =>
      html`<button type="button" id=${`${direction}-${id}`} aria-disabled=${to < 0 || to >= order.length}
@click=${() => this.move(question, from, to, direction)}><span aria-hidden="true">${
        direction === "up" ? "↑" : "↓"
      }</span><span class="visually-hidden">${this.say(direction === "up" ? "moveUp" : "moveDown", { title })}</span></button>`;
    return html`<ol class="order" @dragover=${(event: DragEvent) => event.preventDefault()}>${order.map(
      (id, position) => {
        const title = this.eventTitle(story, id);
        return html`<li part="order-item" draggable=${locked ? "false" : "true"}
@dragstart=${(event: DragEvent) => {
          this.dragged = position;
          event.dataTransfer?.setData("text/plain", title);
        }}
@drop=${(event: DragEvent) => {
          event.preventDefault();
          this.move(question, this.dragged, position);
          this.dragged = -1;
        }}><span>${title}</span>
${button(id, title, position, position - 1, "up")}${button(id, title, position, position + 1, "down")}</li>`;
      },
    )}</ol>`;
  }

  /** @internal */
  private renderFeedback(story: Story, question: Question, chosen: string[], t: QuizStrings) {
    const correct = isAnswerCorrect(question, chosen);
    const orderList = (label: string, ids: string[]) =>
      html`<div><p>${label}</p><ol>${ids.map((id) => html`<li>${this.eventTitle(story, id)}</li>`)}</ol></div>`;
    return html`<div class="feedback ${correct ? "right" : "wrong"}" part="feedback" tabindex="-1">
<div role="heading" aria-level=${this.level(1)} class="verdict">${icon(correct)} ${correct ? t.correct : t.incorrect}</div>
${
  question.type === "order"
    ? html`<div class="orders">${orderList(t.yourOrder, chosen)}${orderList(t.correctOrder, question.events)}</div>`
    : correct
      ? nothing
      : this.renderAnswer(story, question, correctAnswer(question), "correctAnswer", t)
}
<p>${question.explanation}</p>
${renderCitation(story, question.citation, t, this.locale)}
${
  question.eventId && this.findTimeline()
    ? html`<button type="button" @click=${() => this.showOnTimeline(question.eventId as string)}>${t.seeOnTimeline}</button>`
    : nothing
}</div>`;
  }

  /**
   * @internal The score, one dot per question (each a link to its review), the band, and the
   * review, collapsed so that the result is what the reader sees.
   */
  private renderResults(story: Story, quiz: Quiz, t: QuizStrings) {
    const score = scoreQuiz(quiz, this.answers);
    const band = findResultBand(quiz.results, score);
    const total = quiz.questions.length;
    const right = quiz.questions.map((question) =>
      isAnswerCorrect(question, ownValue(this.answers, question.id) ?? []),
    );
    return html`<div class="results" part="results">
<div role="heading" aria-level=${this.level(1)} part="score" tabindex="-1">${this.say("score", {
      score,
      total,
    })}</div>
<ol class="dots">${right.map(
      (correct, index) =>
        html`<li><a href=${`#review-${index}`} class=${correct ? "yes" : "no"} @click=${(event: Event) => this.openReview(event, index)}><span aria-hidden="true">${correct ? "✓" : "✗"}</span><span class="visually-hidden">${this.say("progress", { n: index + 1, total })}: ${correct ? t.correct : t.incorrect}</span></a></li>`,
    )}</ol>
${band ? html`<p class="band">${band.title}</p><p>${band.text}</p>` : nothing}
<div role="heading" aria-level=${this.level(1)} part="heading"><button type="button" aria-expanded=${this.reviewOpen} aria-controls="review" @click=${() => {
      this.reviewOpen = !this.reviewOpen;
    }}>${t.review} <span aria-hidden="true">${this.reviewOpen ? "▴" : "▾"}</span></button></div>
<ol id="review" ?hidden=${!this.reviewOpen}>${quiz.questions.map((question, index) => {
      const chosen = ownValue(this.answers, question.id) ?? [];
      const correct = right[index] as boolean;
      return html`<li id=${`review-${index}`} tabindex="-1"><p>${question.prompt}</p>
<p class=${correct ? "right" : "wrong"}>${icon(correct)} ${correct ? t.correct : t.incorrect}.</p>
${this.renderAnswer(story, question, chosen, "yourAnswer", t)}
${correct ? nothing : this.renderAnswer(story, question, correctAnswer(question), "correctAnswer", t)}</li>`;
    })}</ol>
<div class="actions"><button type="button" class="primary" @click=${this.restart}>${t.tryAgain}</button>
<button type="button" @click=${() => this.share(score, quiz)}>${t.share}</button></div>
${
  this.shareText
    ? html`<label>${t.copyByHand}<textarea readonly .value=${this.shareText}></textarea></label>`
    : nothing
}</div>`;
  }

  /** @internal Choices as [id, text]: a question's choices, True/False, or events in the right order. */
  private options(story: Story, question: Question, t: QuizStrings): [string, string][] {
    if (question.type === "true-false") {
      return [
        ["true", t.true],
        ["false", t.false],
      ];
    }
    if (question.type === "order") {
      return question.events.map((id) => [id, this.eventTitle(story, id)]);
    }
    const choices = question.choices.map((choice): [string, string] => [choice.id, choice.text]);
    if (!this.quiz?.shuffleChoices) return choices;
    const texts = new Map(choices);
    return shuffled([...texts.keys()], this.seed + question.id).map((id) => [
      id,
      texts.get(id) as string,
    ]);
  }

  /**
   * @internal "The answer: …" or "Your answer: …"; several answers as a list under the words
   * before the placeholder, since choice texts are sentences with their own punctuation.
   */
  private renderAnswer(
    story: Story,
    question: Question,
    ids: string[],
    key: "correctAnswer" | "yourAnswer",
    t: QuizStrings,
  ) {
    const texts = new Map(this.options(story, question, t));
    const answers = ids.map((id) => texts.get(id) ?? id);
    if (answers.length < 2)
      return html`<p>${this.say(key, { answer: answers[0] ?? t.noAnswer })}</p>`;
    const items = answers.map((answer) => html`<li>${answer}</li>`);
    // An order is a numbered list; several choices are not.
    return html`<p>${this.say(key, { answer: "" }).trim()}</p>${
      question.type === "order" ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`
    }`;
  }

  /** @internal Titles only: the dates would give an ordering question away. */
  private eventTitle(story: Story, id: string): string {
    return story.timeline.events.find((event) => event.id === id)?.title ?? id;
  }

  /** @internal */
  private draft(question: Question): string[] {
    return (
      ownValue(this.drafts, question.id) ??
      (question.type === "order" ? startingOrder(question.events, question.id) : [])
    );
  }

  /** @internal */
  private save(): void {
    if (this.progressKey && !this.noPersist) {
      saveQuizProgress(
        this.progressKey,
        { index: this.index, answers: this.answers },
        this.onProgressElsewhere,
      );
    }
  }

  /** @internal */
  private async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** @internal */
  private onChoiceChange(event: Event): void {
    const question = this.quiz?.questions[this.index];
    if (!question) return;
    const inputs = (event.currentTarget as HTMLFieldSetElement).querySelectorAll("input");
    this.drafts = {
      ...this.drafts,
      [question.id]: [...inputs].filter((input) => input.checked).map((input) => input.value),
    };
    this.nothingChosen = false;
  }

  /** @internal */
  private check(): void {
    const question = this.quiz?.questions[this.index];
    if (!question) return;
    const chosen = this.draft(question);
    const t = this.text;
    if (!chosen.length) {
      this.nothingChosen = true;
      this.announce(t.nothingChosen);
      return;
    }
    const correct = isAnswerCorrect(question, chosen);
    this.answers = { ...this.answers, [question.id]: chosen };
    this.save();
    this.announce(correct ? t.correct : t.incorrect);
    emit(this, "backstory-answer", { questionId: question.id, chosen: [...chosen], correct });
    void this.focusLater(".feedback");
  }

  /** @internal Shows question `index`, or the result when it is past the last question. */
  private go(index: number): void {
    const quiz = this.quiz;
    if (!quiz) return;
    const total = quiz.questions.length;
    this.index = index;
    this.nothingChosen = false;
    this.shareText = undefined;
    this.reviewOpen = false;
    this.save();
    if (index < total) {
      this.announce(this.say("progress", { n: index + 1, total }));
      void this.focusLater("legend");
      return;
    }
    const score = scoreQuiz(quiz, this.answers);
    const band = findResultBand(quiz.results, score);
    this.announce(`${this.say("score", { score, total })}. ${band?.title ?? ""}`.trim());
    emit(this, "backstory-complete", { score, total, bandId: band?.id });
    void this.focusLater("[part=score]");
  }

  /** @internal A dot of the results: opens the review at its question. */
  private async openReview(event: Event, index: number): Promise<void> {
    event.preventDefault();
    this.reviewOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#review-${index}`)?.focus();
  }

  /** @internal */
  private restart(): void {
    this.answers = {};
    this.drafts = {};
    this.go(0);
    this.announce(`${this.text.restarted} ${this.announcement}`);
  }

  /** @internal */
  private move(question: OrderQuestion, from: number, to: number, direction?: string): void {
    const order = [...this.draft(question)];
    // A drop may come from a drag that did not start in this list, or land on a checked question.
    if (
      ownValue(this.answers, question.id) ||
      from < 0 ||
      to < 0 ||
      to >= order.length ||
      from === to
    )
      return;
    const [id] = order.splice(from, 1) as [string];
    order.splice(to, 0, id);
    this.drafts = { ...this.drafts, [question.id]: order };
    this.announce(
      this.say("moved", {
        title: this.eventTitle(this.loader.story as Story, id),
        position: to + 1,
        total: order.length,
      }),
    );
    // Re-rendering by position leaves focus on the button now holding another item: follow the moved one.
    if (direction) void this.focusLater(`#${direction}-${id}`);
  }

  /** @internal */
  private async share(score: number, quiz: Quiz): Promise<void> {
    const text = this.say("shareText", {
      score,
      total: quiz.questions.length,
      title: quiz.title,
      url: location.href.split("#")[0] as string,
    });
    try {
      await navigator.clipboard.writeText(text);
      this.shareText = undefined;
      this.announce(this.text.copied);
    } catch {
      this.shareText = text;
      this.announce(this.text.copyByHand);
      await this.updateComplete;
      this.renderRoot.querySelector("textarea")?.select();
    }
  }

  /** @internal The first timeline in the document showing the same story. */
  private findTimeline(): TimelineLike | undefined {
    const id = this.storyId;
    return [...document.querySelectorAll<TimelineLike>("backstory-timeline")].find(
      (timeline) => id !== undefined && timeline.storyId === id,
    );
  }

  /** @internal Shows the event on the timeline, which offers a way back to this question. */
  private showOnTimeline(eventId: string): void {
    const index = this.index;
    const back = () => {
      this.index = index;
      void this.focusLater(".feedback");
    };
    const label = this.say("backToQuestion", { n: index + 1 });
    if (this.findTimeline()?.reveal(eventId, { label, action: back })) return;
    // The timeline has gone: keep focus in the feedback while the button disappears.
    this.renderRoot.querySelector<HTMLElement>(".feedback")?.focus();
    this.requestUpdate();
  }
}
