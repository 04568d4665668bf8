import { ImageResponse } from "next/og";
import { site } from "@/lib/site";

export const OG_SIZE = { width: 1200, height: 630 };

type CardText = { kicker: string; title: string; subtitle?: string };

/** The share card for any page (`kicker`: what kind of page), rendered by next/og with its bundled font. */
export function ogCard({ kicker, title, subtitle }: CardText) {
  const size = title.length > 60 ? 58 : 68;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: "72px 80px", background: "#fbf8f3", color: "#2b2420", borderTop: "18px solid #8a4b3c" }}>
        <div style={{ display: "flex", fontSize: 30, letterSpacing: 4, textTransform: "uppercase", color: "#8a4b3c" }}>{kicker}</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ display: "flex", fontSize: size, lineHeight: 1.15, fontWeight: 700 }}>{title}</div>
          {subtitle ? <div style={{ display: "flex", marginTop: 28, fontSize: 30, lineHeight: 1.35, color: "#5c504a" }}>{subtitle}</div> : null}
        </div>
        <div style={{ display: "flex", alignItems: "center", fontSize: 32, color: "#2b2420" }}>
          <div style={{ display: "flex", width: 44, height: 44, borderRadius: 10, background: "#8a4b3c", marginRight: 18 }} />
          {site.name} · {site.tagline}
        </div>
      </div>
    ),
    OG_SIZE,
  );
}

/** An entry's `opengraph-image.tsx`: the card of the entry the params name, the route's own 404 for anything else. */
export function entryCard<P, T>(entry: (params: Promise<P>) => Promise<T>, text: (entry: T) => CardText) {
  return async function Image({ params }: { params: Promise<P> }) {
    return ogCard(text(await entry(params)));
  };
}
