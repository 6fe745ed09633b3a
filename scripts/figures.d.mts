export function gzipBytes(path?: URL | string): number;
export function budgetBytes(): number;
export function bundleFigure(): string;
export function withFigure(text: string, name: string, figure: string): string;
