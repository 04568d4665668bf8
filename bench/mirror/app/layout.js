// The mirror: a bare Next.js App Router app (same next/react as the site, Next's defaults, no CSS,
// no client components) that serves the very `<main>` HTML our pages render. Comparing a page with its
// mirror shows what the site adds on top of Next itself. Built by bench/mirror.mjs, never shipped.
// The linked variant (MIRROR_STYLESHEET at build time) links the site's stylesheet, and nothing else.
export const metadata = { title: "Mirror" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      {process.env.MIRROR_STYLESHEET ? (
        <head>
          <link rel="stylesheet" href="/stylesheet.css" />
        </head>
      ) : null}
      <body>{children}</body>
    </html>
  );
}
