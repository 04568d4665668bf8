// The benchmark's baseline: a bare Next.js App Router page, same Next version, nothing else.
export const metadata = { title: "Baseline" };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
