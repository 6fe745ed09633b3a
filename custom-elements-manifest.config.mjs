/**
 * Settings of the custom elements manifest (`cem analyze`), which Storybook's docs tables and
 * editors read. The analyzer lists every entry of `static properties` as a public attribute and
 * field, even internal state declared with `state: true`; the plugin below leaves those out, as
 * `@internal` does for other private members.
 */
export default {
  globs: ["src/elements/**/*.ts"],
  exclude: ["src/elements/**/*.styles.ts"],
  outdir: ".",
  litelement: true,
  plugins: [withoutInternalState()],
};

function withoutInternalState() {
  /** Class name → names of its `static properties` entries that declare `state: true`. */
  const states = new Map();
  return {
    name: "backstory-without-internal-state",
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || member.name?.getText() !== "properties") continue;
        const table = member.initializer;
        if (!table || !ts.isObjectLiteralExpression(table)) continue;
        const names = table.properties
          .filter(
            (entry) =>
              ts.isPropertyAssignment(entry) &&
              ts.isObjectLiteralExpression(entry.initializer) &&
              entry.initializer.properties.some(
                (option) =>
                  ts.isPropertyAssignment(option) &&
                  option.name.getText() === "state" &&
                  option.initializer.kind === ts.SyntaxKind.TrueKeyword,
              ),
          )
          .map((entry) => entry.name.getText());
        states.set(node.name.getText(), new Set(names));
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const internal = states.get(declaration.name);
        if (!internal?.size) continue;
        declaration.members = declaration.members?.filter((member) => !internal.has(member.name));
        declaration.attributes = declaration.attributes?.filter(
          (attribute) => !internal.has(attribute.fieldName ?? attribute.name),
        );
      }
    },
  };
}
