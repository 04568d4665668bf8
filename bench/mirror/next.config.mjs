// The bare mirror keeps Next's defaults: whatever it costs is what Next itself costs.
/** @type {import('next').NextConfig} */
export default {};
