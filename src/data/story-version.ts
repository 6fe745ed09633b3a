/** The story-file format versions this build reads. Pure data code: no Lit, no DOM. */
export const SUPPORTED_VERSIONS = [1] as const;
