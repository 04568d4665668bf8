// `npm start`: install what is missing, build if needed, serve on http://localhost:3000 (PORT respected).
import path from "node:path";
import { ensureBuild, ensureDependencies, root, run } from "./lib/prepare.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureDependencies();
ensureBuild();
const port = process.env.PORT || "3000";
console.log(`› Serving on http://localhost:${port}`);
process.exit(run(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port]));
