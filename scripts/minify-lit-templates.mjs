// A Vite plugin for builds: Lit ships the text of css`…` templates as written, so their
// indentation and comments reach every reader. This removes them. Spaces before ":" are kept,
// because ".a :focus" and ".a:focus" differ.
export function minifyCssLiterals() {
  return {
    name: "backstory-minify-css-literals",
    apply: "build",
    enforce: "pre",
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes("css`")) return null;
      const minified = code.replace(/css`([^`]*)`/g, (_whole, body) => {
        const css = body
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .replace(/\s+/g, " ")
          .replace(/\s*([{};,>])\s*/g, "$1")
          .replace(/:\s+/g, ":")
          .replace(/;}/g, "}")
          .trim();
        return `css\`${css}\``;
      });
      return { code: minified, map: null };
    },
  };
}
