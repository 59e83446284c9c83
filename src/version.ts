declare const SMM_PREP_VERSION: string | undefined;

/** The package version, put in by the build (and by vitest's `define`). */
export const VERSION: string = typeof SMM_PREP_VERSION === "string" ? SMM_PREP_VERSION : "0.0.0-dev";
