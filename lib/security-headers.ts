// The CSP allows our own origin only. script-src needs 'unsafe-inline' because the App Router streams page data in
// inline <script> tags (nonces would force every page to render per request and lose static caching); style-src for
// the style attributes React and next/og emit; img-src allows data: for the tiny inline SVG icons browsers request.
// No Cross-Origin-Opener-Policy: it guards a window that holds something another site could probe (a login, a reader's
// stored data), and these pages hold nothing of the kind and open no windows. Its price is real: Chrome must load
// the page in a fresh renderer instead of the tab's own, which delays the first paint of a link opened in a new tab,
// as a shared link often is (bench/README.md, "What the opener policy costs").
export function securityHeaders(siteUrl: URL): { key: string; value: string }[] {
  const https = siteUrl.protocol === "https:";
  const csp = [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
    // HSTS only means something over HTTPS; sent when the public site URL is HTTPS.
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
