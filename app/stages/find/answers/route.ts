import { routes } from "@/lib/routes";
import { parseFinderAnswers, suggestPlace } from "@/lib/stage-finder";

// The finder's answers arrive as a POST and leave as a 303: they never go in a URL (address bar, history, logs).
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => new FormData());
  const fields: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === "string" && !(name in fields)) fields[name] = value;
  const parsed = parseFinderAnswers(fields);
  if (!parsed.ok) return seeOther(routes.stageFinderUnanswered(parsed.missing));
  const place = suggestPlace(parsed.answers);
  return seeOther("stage" in place ? routes.stage(place.stage) : routes.stageFinderHelp(place.help));
}

/** A bookmark or a typed URL goes to the form. */
export function GET(): Response {
  return seeOther(routes.stageFinder);
}

/** A relative 303: the browser follows it with a GET, and Back never re-sends the answers. */
function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
