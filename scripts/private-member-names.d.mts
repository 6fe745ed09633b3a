import type { Plugin } from "vite";

export function privateMemberNames(dirs: string[]): string[];
export function shortenPrivateMembers(options: { chunkName: string; dirs: string[] }): Plugin;
