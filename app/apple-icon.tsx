import { ImageResponse } from "next/og";

export const size = { width: 180, height: 180 };

export default function AppleIcon() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#8a4b3c", color: "#fbf8f3", fontSize: 120, fontWeight: 700 }}>
        S
      </div>
    ),
    size,
  );
}
