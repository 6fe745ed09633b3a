// The names of the elements' private and protected members, which the script-tag bundle may
// shorten: `this.focusLater` becomes `this.a` in every reader's download. A name is left alone
// when anything could reach it by that name from outside the class: an `override` (Lit calls
// `render`, `updated`), a reactive property other than internal state (its attribute is named
// after it), a quoted string anywhere in the code (`changed.has("selectedId")`, a stored key),
// an object key (a saved progress record, an event's detail), a story field,
// and any word Lit, the DOM or JavaScript's built-ins use.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import ts from "typescript";

const require = createRequire(import.meta.url);

function tsFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((file) => /\.ts$/.test(file) && !/\.d\.ts$/.test(file))
    .map((file) => join(dir, file));
}

/**
 * Every word in the files outside their comments: anything Lit, the DOM or the built-ins name is
 * never shortened (a word their comments use, such as "seed", may be).
 */
function wordsOf(files) {
  const words = new Set();
  for (const file of files) {
    const code = readFileSync(file, "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, " ")
      .replace(/^\s*\/\/.*$/gm, " ");
    for (const [word] of code.matchAll(/[A-Za-z_$][\w$]*/g)) words.add(word);
  }
  return words;
}

function libraryWords() {
  const tsLib = dirname(require.resolve("typescript/lib/lib.d.ts"));
  const libFiles = readdirSync(tsLib)
    .filter((file) => /^lib\..*\.d\.ts$/.test(file))
    .map((file) => join(tsLib, file));
  const litFiles = ["lit-html", "@lit/reactive-element", "lit-element", "lit"].flatMap((name) => {
    const dir = join(tsLib, "..", "..", name);
    return readdirSync(dir, { recursive: true })
      .filter((file) => /\.js$/.test(file) && !/node_modules/.test(file))
      .map((file) => join(dir, file));
  });
  return wordsOf([...libFiles, ...litFiles]);
}

const hasModifier = (node, kind) => ts.getModifiers?.(node)?.some((m) => m.kind === kind) ?? false;

/**
 * The private and protected member names of the classes in `dirs` (source folders of the
 * bundle) that are safe to shorten, sorted.
 */
export function privateMemberNames(dirs) {
  const files = dirs.flatMap(tsFiles);
  const candidates = new Set();
  const reserved = libraryWords();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
    const declarations = new Set();
    const visit = (node) => {
      if (ts.isStringLiteralLike(node)) {
        for (const [word] of node.text.matchAll(/[A-Za-z_$][\w$]*/g)) reserved.add(word);
      }
      if (ts.isClassLike(node)) {
        for (const member of node.members) {
          const name = member.name;
          if (!name || !ts.isIdentifier(name)) continue;
          const hidden =
            hasModifier(member, ts.SyntaxKind.PrivateKeyword) ||
            hasModifier(member, ts.SyntaxKind.ProtectedKeyword);
          if (hidden && !hasModifier(member, ts.SyntaxKind.OverrideKeyword)) {
            candidates.add(name.text);
          }
          // `static properties = { name: {…} }`: only internal state may be renamed.
          if (
            ts.isPropertyDeclaration(member) &&
            name.text === "properties" &&
            member.initializer &&
            ts.isObjectLiteralExpression(member.initializer)
          ) {
            for (const entry of member.initializer.properties) {
              const isState =
                ts.isPropertyAssignment(entry) &&
                ts.isObjectLiteralExpression(entry.initializer) &&
                entry.initializer.properties.some(
                  (option) =>
                    ts.isPropertyAssignment(option) &&
                    option.name.getText(source) === "state" &&
                    option.initializer.kind === ts.SyntaxKind.TrueKeyword,
                );
              if (!isState && entry.name) reserved.add(entry.name.getText(source));
            }
            declarations.add(member.initializer);
          }
        }
      }
      // Object keys may leave the bundle (saved, sent in an event, logged).
      if (ts.isObjectLiteralExpression(node) && !declarations.has(node)) {
        for (const entry of node.properties) {
          if (entry.name && ts.isIdentifier(entry.name)) reserved.add(entry.name.text);
          if (ts.isShorthandPropertyAssignment(entry)) reserved.add(entry.name.text);
        }
      }
      // Interfaces and type literals describe data from outside: story fields, stored records.
      if (ts.isPropertySignature(node) && node.name && ts.isIdentifier(node.name)) {
        reserved.add(node.name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...candidates].filter((name) => !reserved.has(name)).sort();
}

/**
 * A build plugin: in the chunk named `chunkName`, shortens the private member names found in
 * `dirs` (rolldown's own property mangler, with those names only).
 */
export function shortenPrivateMembers({ chunkName, dirs }) {
  let include;
  return {
    name: "backstory-shorten-private-members",
    buildStart() {
      const names = privateMemberNames(dirs);
      include = names.length ? new RegExp(`^(?:${names.join("|")})$`) : undefined;
    },
    async renderChunk(code, chunk) {
      if (chunk.name !== chunkName || !include) return null;
      const { minifySync } = await import("rolldown/utils");
      const result = minifySync(chunk.fileName, code, {
        module: true,
        compress: false,
        mangle: false,
        codegen: { removeWhitespace: false },
        mangleProps: { include },
        sourcemap: true,
      });
      if (result.errors.length) throw new Error(result.errors.map((e) => e.message).join("\n"));
      return { code: result.code, map: result.map };
    },
  };
}
