import "./globals.module.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { InlineScript } from "@/components/InlineScript";
import { IntentPrefetch } from "@/components/IntentPrefetch";
import { quickExit } from "@/components/quick-exit-script";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { FEED_ALTERNATE } from "@/lib/metadata";
import { routes } from "@/lib/routes";
import { site } from "@/lib/site";
import styles from "./layout.module.css";

export const metadata: Metadata = {
  metadataBase: site.url,
  title: { default: `${site.name}: ${site.tagline}`, template: `%s · ${site.name}` },
  description: site.description,
  applicationName: site.name,
  alternates: { types: FEED_ALTERNATE },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbf8f3" },
    { media: "(prefers-color-scheme: dark)", color: "#1a1c22" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <link rel="search" type="application/opensearchdescription+xml" title={site.name} href={routes.opensearch} />
      </head>
      <body>
        <a className={styles["skip-link"]} href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <IntentPrefetch />
        {/* Last: the parser must wait for the stylesheet before it runs an inline script, so here it holds up
            nothing the reader sees; the quick-exit link works as a plain link until then. */}
        <InlineScript run={quickExit} />
      </body>
    </html>
  );
}
