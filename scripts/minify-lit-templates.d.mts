import type { Plugin } from "vite";
export function minifyTemplateLiterals(code: string, fileName?: string): string;
export function minifyLitTemplates(): Plugin;
