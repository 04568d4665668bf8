import { NextResponse, type NextRequest } from "next/server";

/**
 * Slugs are lowercase. A link typed or pasted with capitals (/Articles/How-To-…) gets a permanent
 * redirect to the canonical lowercase URL instead of a 404. Only these three sections have slugs.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const lower = pathname.toLowerCase();
  if (lower === pathname) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = lower;
  return NextResponse.redirect(url, 308);
}

export const config = {
  matcher: ["/(articles|tags|stages)/:path*", "/(Articles|ARTICLES|Tags|TAGS|Stages|STAGES)/:path*"],
};
