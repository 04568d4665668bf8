// `npm run start:standalone`: build (if needed, as `npm run build:standalone` does) and run the
// self-contained server from .next/standalone, the same artefact the Dockerfile ships. Static assets
// and public/ are copied beside it because the standalone output leaves them to a CDN by default.
import { cpSync } from "node:fs";
import path from "node:path";
import { ensureBuild, ensureDependencies, root, run } from "./lib/prepare.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureDependencies();
ensureBuild({ standalone: true });
const standalone = path.join(root, ".next", "standalone");
cpSync(path.join(root, ".next", "static"), path.join(standalone, ".next", "static"), { recursive: true });
cpSync(path.join(root, "public"), path.join(standalone, "public"), { recursive: true });
// The search index the build wrote (next.config.ts also traces it into the standalone output; the
// explicit copy keeps search working whatever the tracer decides).
cpSync(path.join(root, ".next", "search-index.bin"), path.join(standalone, ".next", "search-index.bin"));
const port = process.env.PORT || "3000";
console.log(`› Serving the standalone build on http://localhost:${port}`);
process.exit(run(process.execPath, [path.join(standalone, "server.js")], { env: { PORT: port, HOSTNAME: process.env.HOSTNAME || "0.0.0.0" } }));
