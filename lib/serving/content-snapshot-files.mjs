// The content snapshot's files (content-snapshot.ts), named once for the build and what ships it
// (scripts/lib/standalone.mjs; the Dockerfile repeats them). Plain JavaScript: those scripts run without tsx.
export const CONTENT_CATALOG = "content-catalog.json";
export const CONTENT_BODIES = "content-bodies.bin";
export const CONTENT_SNAPSHOT_FILES = [CONTENT_CATALOG, CONTENT_BODIES];
