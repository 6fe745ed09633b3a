/**
 * The stories' data: the article's story and variants of it for every state a reader can meet.
 * Everything is built deterministically and offline (images are small SVG files in stories/assets), so each
 * story looks the same on every machine and every run.
 */

import { serializeQuizProgress } from "../../src/data/quiz-progress.js";
import { correctAnswer, quizProgressKey } from "../../src/data/quiz-scoring.js";
import type {
  Question,
  QuestionType,
  Quiz,
  ResultBand,
  Story,
  TimelineEvent,
} from "../../src/data/story-format.js";
import launchPad from "../assets/launch-pad.svg?no-inline";
import rally from "../assets/rally.svg?no-inline";
import satelliteDish from "../assets/satellite-dish.svg?no-inline";

// The built story (citations numbered by paragraph, from `npm run build:story`) when there is one,
// else the source file. A glob, because dist/ does not exist in a clean clone.
const built = import.meta.glob<Story>("../../dist/stories/musk-spacex.json", {
  eager: true,
  import: "default",
});
const source = import.meta.glob<Story>("../../data/musk-spacex/story.json", {
  eager: true,
  import: "default",
});

/** A fresh copy, so that no story can change another's data. */
const copy = <T>(value: T): T => structuredClone(value);

const articleSource = Object.values(built)[0] ?? (Object.values(source)[0] as Story | undefined);
if (!articleSource) throw new Error("data/musk-spacex/story.json is missing.");

/** The article's story: "How the U.S. government came to depend on Elon Musk’s SpaceX". */
export function articleStory(): Story {
  return copy(articleSource as Story);
}

/** The article's quiz, which every quiz story starts from. */
export function articleQuiz(): Quiz {
  const quiz = articleStory().quiz;
  if (!quiz) throw new Error("The article's story has no quiz.");
  return quiz;
}

/** An inline SVG picture with a caption-like label: no network, same pixels everywhere. */
export function svgPicture(label: string, sky: string, ground: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360"><rect width="640" height="360" fill="${sky}"/><circle cx="520" cy="80" r="36" fill="#fff8d6"/><path d="M0 300 L160 220 L300 280 L460 200 L640 290 L640 360 L0 360 Z" fill="${ground}"/><path d="M300 250 L320 120 L340 250 Z" fill="#f4f4f4"/><text x="24" y="48" font-family="sans-serif" font-size="28" fill="#ffffff">${label}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * The article's story with a picture and a credit on three events. A story's images are files
 * (https://, http:// or relative addresses, never data:), so these are too; "no-inline" keeps
 * the build from turning them into data: addresses.
 */
export function storyWithImages(): Story {
  const story = articleStory();
  const pictures: Record<string, TimelineEvent["image"]> = {
    "classified-contract": {
      src: launchPad,
      alt: "Illustration: a rocket on a launch pad under a night sky.",
      credit: "Illustration: Backstory design team",
    },
    "starlink-ukraine-thanks": {
      src: satelliteDish,
      alt: "Illustration: hills under a pale sky.",
      credit: "Illustration: Backstory design team / CC BY 4.0",
    },
    "madison-square-garden-rally": {
      src: rally,
      alt: "Illustration: a stage lit in red.",
      credit:
        "Photo placeholder: in the article, Angelina Katsanis/POLITICO via AP Images (a long credit line wraps under the picture).",
    },
  };
  for (const event of story.timeline.events) {
    const image = pictures[event.id];
    if (image) event.image = image;
  }
  story.timeline.title = "With pictures and credits";
  return story;
}

const LONG_WORD = "Supercalifragilisticexpialidocious-Starshield-constellation-programme-2024";

/** Titles and summaries far longer than any editor should write, and an unbreakable word. */
export function storyWithLongText(): Story {
  const story = articleStory();
  story.timeline.title =
    "How the United States government, its space agency, its armed forces and its intelligence services came, over three decades and five presidencies, to depend on a single company run by a single man";
  for (const [index, event] of story.timeline.events.entries()) {
    if (index % 2) continue;
    event.title = `${event.title}: ${event.summary} ${index === 0 ? LONG_WORD : ""}`.trim();
    event.summary = `${event.summary} ${event.summary} ${event.summary} ${event.summary}`;
  }
  return story;
}

const TAGS = ["Starlink", "Pentagon", "NASA", "Campaign", "Ukraine"];

/** `count` events, one every three days from 1 January 2001, tagged in turn; eras of 100 events. */
export function storyOfSize(count: number): Story {
  const events: TimelineEvent[] = [];
  for (let index = 0; index < count; index++) {
    const day = new Date(Date.UTC(2001, 0, 1 + 3 * index)).toISOString().slice(0, 10);
    events.push({
      id: `event-${index + 1}`,
      date: day,
      title: `Event ${index + 1} of ${count}`,
      summary: `Generated event number ${index + 1}, tagged ${TAGS[index % TAGS.length]}.`,
      tags: [TAGS[index % TAGS.length] as string],
      era: count > 1 ? `era-${Math.floor(index / 100) + 1}` : undefined,
      citation: { quote: `Generated quote ${index + 1}`, paragraph: (index % 20) + 1 },
    });
  }
  const eras =
    count > 1
      ? Array.from({ length: Math.ceil(count / 100) }, (_, era) => {
          const first = events[era * 100] as TimelineEvent;
          const last = events[Math.min(count, (era + 1) * 100) - 1] as TimelineEvent;
          return {
            id: `era-${era + 1}`,
            label: `Era ${era + 1}`,
            start: first.date,
            end: last.date,
          };
        })
      : undefined;
  return {
    version: 1,
    id: `generated-${count}`,
    article: {
      headline: `A story of ${count} events`,
      source: "Generated for Storybook",
      language: "en",
    },
    timeline: { title: `${count.toLocaleString("en")} generated events`, eras, events },
  };
}

/** The article's story with only its first event. */
export function storyWithOneEvent(): Story {
  const story = articleStory();
  story.timeline.events = story.timeline.events.slice(0, 1);
  story.timeline.eras = story.timeline.eras?.slice(0, 1);
  delete story.quiz;
  return story;
}

/** A valid story whose timeline has no events yet. */
export function storyWithNoEvents(): Story {
  const story = articleStory();
  story.timeline.events = [];
  story.timeline.eras = [];
  delete story.quiz;
  return story;
}

/** What an editor's half-finished file might hold: several mistakes the error box lists. */
export function invalidStory(): unknown {
  const story = articleStory() as unknown as Record<string, any>;
  story.id = "Musk SpaceX";
  story.timeline.events[0].date = "the nineties";
  story.timeline.events[1].title = "";
  story.timeline.events[2].id = story.timeline.events[3].id;
  story.quiz.questions[0].answer = "no-such-choice";
  story.quiz.results[0].max = 3;
  story.timeline.events[4].link = { url: "javascript:alert(1)" };
  return story;
}

/** The same story told in Arabic, for right-to-left layout and Arabic date formatting. */
export function arabicStory(): Story {
  const event = (
    id: string,
    date: string,
    title: string,
    summary: string,
    tags: string[],
  ): TimelineEvent => ({ id, date, title, summary, tags, citation: { quote: summary } });
  return {
    version: 1,
    id: "musk-spacex-ar",
    article: {
      headline: "كيف أصبحت الحكومة الأمريكية تعتمد على سبيس إكس",
      source: "نسخة عربية تجريبية من قصة المقال، لمعاينة التخطيط من اليمين إلى اليسار.",
      language: "ar",
    },
    timeline: {
      title: "كيف أصبحت الحكومة الأمريكية تعتمد على سبيس إكس",
      events: [
        event(
          "teledesic",
          "1998",
          "مشروع تيليديسك",
          "في التسعينيات حاولت شركة تيليديسك بناء شبكة أقمار صناعية للإنترنت.",
          ["ستارلينك"],
        ),
        event(
          "classified-contract",
          "2021-06",
          "عقد سري",
          "فازت سبيس إكس بعقد سري قيمته 1.8 مليار دولار.",
          ["الحكومة"],
        ),
        event(
          "starlink-ukraine",
          "2022-03-01",
          "ستارلينك في أوكرانيا",
          "شكرت الولايات المتحدة ماسك على توفير ستارلينك لاتصالات أوكرانيا.",
          ["ستارلينك", "أوكرانيا"],
        ),
        event(
          "rally",
          "2024-10-27",
          "تجمع ماديسون سكوير غاردن",
          "ظهر ماسك في تجمع انتخابي لترامب في نيويورك.",
          ["السياسة"],
        ),
      ],
    },
    quiz: {
      title: "هل تابعت القصة؟",
      questions: [
        {
          id: "contract",
          type: "single",
          prompt: "كم كانت قيمة العقد السري الذي فازت به سبيس إكس؟",
          choices: [
            { id: "small", text: "18 مليون دولار" },
            { id: "billions", text: "1.8 مليار دولار" },
          ],
          answer: "billions",
          explanation: "فازت سبيس إكس بعقد سري قيمته 1.8 مليار دولار.",
          citation: { quote: "فازت سبيس إكس بعقد سري قيمته 1.8 مليار دولار." },
          eventId: "classified-contract",
        },
        {
          id: "order",
          type: "order",
          prompt: "رتّب هذه الأحداث من الأقدم إلى الأحدث.",
          events: ["teledesic", "starlink-ukraine", "rally"],
          explanation: "تيليديسك في التسعينيات، ثم أوكرانيا في 2022، ثم التجمع في 2024.",
          citation: { quote: "في التسعينيات حاولت شركة تيليديسك بناء شبكة أقمار صناعية للإنترنت." },
        },
      ],
      results: [
        { id: "again", min: 0, max: 1, title: "اقرأ القصة مرة أخرى", text: "فاتتك بعض التفاصيل." },
        { id: "all", min: 2, max: 2, title: "أحسنت", text: "تابعت القصة عن قرب." },
      ],
    },
  };
}

/** A quiz of one question of the given type (the article's first of that type). */
export function storyWithOneQuestion(type: QuestionType): Story {
  const story = articleStory();
  const quiz = story.quiz as Quiz;
  const question = quiz.questions.find((item) => item.type === type);
  if (!question) throw new Error(`The article's quiz has no ${type} question.`);
  quiz.questions = [question];
  quiz.intro = "One question, to show how this type looks and works.";
  quiz.results = [
    { id: "missed", min: 0, max: 0, title: "Not this time", text: "Read the passage again." },
    { id: "got-it", min: 1, max: 1, title: "Right", text: "You read it closely." },
  ];
  return story;
}

/** The first question of a type in the article's quiz. */
export function questionOfType(type: QuestionType): Question {
  const question = articleQuiz().questions.find((item) => item.type === type);
  if (!question) throw new Error(`The article's quiz has no ${type} question.`);
  return question;
}

/** A wrong answer to any question: another choice, the other truth value, the order reversed. */
export function wrongAnswer(question: Question): string[] {
  const right = correctAnswer(question);
  switch (question.type) {
    case "single":
    case "multiple":
      return [question.choices.find((choice) => !right.includes(choice.id))?.id as string];
    case "true-false":
      return [String(!question.answer)];
    case "order":
      return [...question.events].reverse();
  }
}

/** The result band the article's quiz gives a score. */
export function bandOf(score: number): ResultBand {
  return articleQuiz().results.find((band) => band.min <= score && score <= band.max) as ResultBand;
}

/**
 * Saves progress for the article's quiz as a returning reader would have left it: the first
 * `answered` questions checked, the first `right` of them correctly. Returns a function that
 * removes it again, so that no other story starts from it.
 */
export function saveArticleProgress(answered: number, right: number, index = answered): () => void {
  const story = articleStory();
  const quiz = story.quiz as Quiz;
  const answers: Record<string, string[]> = {};
  quiz.questions.slice(0, answered).forEach((question, position) => {
    answers[question.id] = position < right ? correctAnswer(question) : wrongAnswer(question);
  });
  const key = quizProgressKey(story.id, quiz);
  localStorage.setItem(key, serializeQuizProgress({ index, answers }));
  return () => localStorage.removeItem(key);
}
