/**
 * The build step that minifies the literal text of Lit's css`…` and html`…` templates: what it
 * removes, what it must keep (meaningful spaces, expressions, other strings), and that a
 * component built with it renders the same markup.
 */
import { describe, expect, it } from "vitest";
import { minifyTemplateLiterals } from "../../scripts/minify-lit-templates.mjs";

describe("minifyTemplateLiterals: css", () => {
  it("drops comments, line breaks, indentation and the last semicolon of a rule", () => {
    const code =
      "const s = css`\n  /* why */\n  .a {\n    color: red;\n    margin: 0 auto;\n  }\n`;";
    expect(minifyTemplateLiterals(code)).toBe("const s = css` .a{color:red;margin:0 auto}`;");
  });

  it("keeps the space of a descendant pseudo-class, which changes what a selector matches", () => {
    const code = "css`.a :focus { outline: 0 }`";
    expect(minifyTemplateLiterals(code)).toBe("css`.a :focus{outline:0}`");
  });

  it("drops leading zeros of fractions only, and quotes around identifiers in attribute selectors", () => {
    const code =
      'css`[part="marker"] { padding: 0.5rem 10.5rem; opacity: -0.6 } [title="a b"] { x: 0 }`';
    expect(minifyTemplateLiterals(code)).toBe(
      'css`[part=marker]{padding:.5rem 10.5rem;opacity:-.6}[title="a b"]{x:0}`',
    );
  });

  it("shortens doubled hex colours, the space before !important and around * after var()", () => {
    const code =
      "css`.a { color: #FFFFFF; background: #0b57d0; inline-size: calc(var(--n) * 2rem) } .b * { display: none !important }`";
    expect(minifyTemplateLiterals(code)).toBe(
      "css`.a{color:#FFF;background:#0b57d0;inline-size:calc(var(--n)*2rem)}.b *{display:none!important}`",
    );
  });

  it("leaves expressions alone and minifies the text on both sides of them", () => {
    const code = "css`.a {\n  color: ${ accent  };\n}\n.b { margin: 0.5em }`";
    expect(minifyTemplateLiterals(code)).toBe("css`.a{color:${ accent  }}.b{margin:.5em}`");
  });
});

describe("minifyTemplateLiterals: html and svg", () => {
  it("turns whitespace with a line break into one line break, and keeps spaces within a line", () => {
    const code = "html`<p>\n    <b>One</b>  two\n  </p>`";
    expect(minifyTemplateLiterals(code)).toBe("html`<p>\n<b>One</b>  two\n</p>`");
  });

  it("minifies templates nested in expressions, and svg templates", () => {
    const code =
      "html`<ul>\n  ${items.map((i) => html`<li>\n    ${i}\n  </li>`)}\n</ul>${svg`<g>\n  <path/>\n</g>`}`";
    expect(minifyTemplateLiterals(code)).toBe(
      "html`<ul>\n${items.map((i) => html`<li>\n${i}\n</li>`)}\n</ul>${svg`<g>\n<path/>\n</g>`}`",
    );
  });

  it("does not touch untagged templates, other tags, or ordinary strings", () => {
    const code =
      'const a = `  keep\n  this  `;\nconst b = String.raw`  raw\n  `;\nconst c = "  /* not css */  ";';
    expect(minifyTemplateLiterals(code)).toBe(code);
  });
});

describe("minifyTemplateLiterals: the project's own templates", () => {
  it("keeps every expression of the elements' styles and markup, and valid code", async () => {
    const { readFile } = await import("node:fs/promises");
    const ts = (await import("typescript")).default;
    for (const file of [
      "src/elements/timeline/backstory-timeline.ts",
      "src/elements/quiz/backstory-quiz.ts",
      "src/elements/shared/theme.styles.ts",
      "src/elements/timeline/backstory-timeline.styles.ts",
    ]) {
      const code = await readFile(file, "utf8");
      const expressions = (text: string) => text.match(/\$\{/g)?.length ?? 0;
      const minified = minifyTemplateLiterals(code, file);
      expect(expressions(minified), file).toBe(expressions(code));
      const { diagnostics } = ts.transpileModule(minified, { reportDiagnostics: true });
      expect(
        diagnostics?.map((d) => d.messageText),
        file,
      ).toEqual([]);
    }
  });
});
