// The bare mirror keeps Next's defaults: whatever it costs is what Next itself costs. Its styled variant builds
// into a folder of its own, so both can be kept built side by side (bench/mirror.mjs).
/** @type {import('next').NextConfig} */
export default { distDir: process.env.MIRROR_DIST_DIR || ".next" };
