// The targets, apart from the schema so the CLI can list them without loading zod at start-up.
export const targets = ['huggingface-space', 'kubernetes', 'compose', 'generic'] as const;
export type Target = (typeof targets)[number];
