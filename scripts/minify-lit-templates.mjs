// A Vite plugin for builds: Lit ships the text of css`…` and html`…` templates as written, so
// their indentation and comments would reach every reader. This removes them, touching only the
// templates' literal text (found with the TypeScript parser), never the expressions inside.
import ts from "typescript";

/**
 * CSS: comments and spaces go (spaces before ":" stay, since ".a :focus" and ".a:focus" differ),
 * leading zeros go (0.5rem is .5rem), quotes around identifiers in attribute selectors go, and
 * so do the space before "!important", the spaces around "*" after a var() (only values have
 * var(); in a selector "* " may be a combinator), and the second digit of doubled hex colours
 * (#ffffff is #fff).
 */
function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/:\s+/g, ":")
    .replace(/;}/g, "}")
    .replace(/([^\w.])0\.(\d)/g, "$1.$2")
    .replace(/\[([\w-]+)="([A-Za-z][\w-]*)"\]/g, "[$1=$2]")
    .replace(/\s+!important/g, "!important")
    .replace(/(var\([^()]*\))\s*\*\s*/g, "$1*")
    .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, "#$1$2$3");
}

/** HTML: a run of whitespace with a line break in it renders as one space; keep one. */
function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, "\n");
}

const MINIFIERS = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

export function minifyTemplateLiterals(code, fileName = "file.ts") {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const minify = MINIFIERS[node.tag.text];
      if (minify) {
        const { template } = node;
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        for (const part of parts) {
          // The raw text sits between the backtick or "}" and the backtick or "${".
          const start = part.getStart(source) + 1;
          const end =
            part.getEnd() -
            (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
          edits.push([start, end, minify(code.slice(start, end))]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

export function minifyLitTemplates() {
  return {
    name: "backstory-minify-lit-templates",
    apply: "build",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      return { code: minifyTemplateLiterals(code, id), map: null };
    },
  };
}
