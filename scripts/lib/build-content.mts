// The build's content step in a process of its own (lib/serving/content-build.ts says why), started by
// next.config.ts with tsx: `node --import tsx scripts/lib/build-content.mts <folder> <etag>`. A content
// error prints the loader's lines (file: field: message) and fails the step, which fails the build.
import { buildContent } from "../../lib/serving/content-build";

const [dir, etag] = process.argv.slice(2);
if (!dir || !etag) {
  console.error("usage: build-content.mts <folder> <etag>");
  process.exit(2);
}
try {
  buildContent(dir, etag);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
