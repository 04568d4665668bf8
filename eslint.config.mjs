import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // One way to link, site-wide: plain <a> plus the intent-only prefetch in components/IntentPrefetch.tsx.
    // next/link would prefetch every link that scrolls into view: dozens of background requests on one article.
    rules: {
      "@next/next/no-html-link-for-pages": "off",
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use a plain <a>: the site prefetches on intent only (components/IntentPrefetch.tsx)." }] }],
    },
  },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "bench/baseline/**", "bench/mirror/**", "bench/.work/**", "test-results/**", "playwright-report/**"]),
]);
