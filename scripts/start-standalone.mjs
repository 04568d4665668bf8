// `npm run start:standalone`: build (if needed, as `npm run build:standalone` does) and run the
// self-contained server from .next/standalone, the same artefact the Dockerfile ships.
import { ensureBuild, ensureDependencies, run } from "./lib/prepare.mjs";
import { assembleStandalone } from "./lib/standalone.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureDependencies();
ensureBuild({ standalone: true });
const server = assembleStandalone();
const port = process.env.PORT || "3000";
console.log(`› Serving the standalone build on http://localhost:${port}`);
process.exit(run(process.execPath, [server], { env: { PORT: port, HOSTNAME: process.env.HOSTNAME || "0.0.0.0" } }));
