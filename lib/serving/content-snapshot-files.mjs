// The files of the build's content snapshot (content-snapshot.ts), named once for the build and for
// whatever ships a build: the standalone assembly (scripts/lib/standalone.mjs) and the Dockerfile,
// which repeats them. Plain JavaScript, because the scripts that assemble a build run without tsx.
export const CONTENT_CATALOG = "content-catalog.json";
export const CONTENT_BODIES = "content-bodies.bin";
export const CONTENT_SNAPSHOT_FILES = [CONTENT_CATALOG, CONTENT_BODIES];
