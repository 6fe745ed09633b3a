export interface ServedPage {
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface ServerOptions {
  /** The repository folder; dist/ and demo/ are read from it. */
  root?: string;
  /** Extra pages by URL path. */
  pages?: Record<string, ServedPage>;
}

export function createServer(options?: ServerOptions): import("node:http").Server;

export function startServer(
  options?: ServerOptions & { port?: number },
): Promise<{ url: string; close: () => Promise<void> }>;
export const TYPES: Readonly<Record<string, string>>;
