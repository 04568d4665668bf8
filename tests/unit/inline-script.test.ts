import type { ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { InlineScript } from "@/components/InlineScript";

type ScriptElement = ReactElement<{ dangerouslySetInnerHTML: { __html: string } }>;
const scriptSource = (element: ReturnType<typeof InlineScript>) => (element as ScriptElement).props.dangerouslySetInnerHTML.__html;
const received = globalThis as { receivedByInlineScript?: unknown };

describe("InlineScript", () => {
  it("runs the function with its argument, and no argument can close the script element early", () => {
    const hostile = { path: "</script><script>alert(1)</script>", n: 2 };
    const source = scriptSource(
      InlineScript({ run: (value: typeof hostile) => void ((globalThis as { receivedByInlineScript?: unknown }).receivedByInlineScript = value), argument: hostile }),
    );
    expect(source).not.toMatch(/<\/script/i);
    new Function(source)(); // as the browser runs it: the source text alone, nothing from this module
    expect(received.receivedByInlineScript).toEqual(hostile);
  });

  it("runs a function that takes nothing", () => {
    const source = scriptSource(InlineScript({ run: () => void ((globalThis as { receivedByInlineScript?: unknown }).receivedByInlineScript = "ran") }));
    new Function(source)();
    expect(received.receivedByInlineScript).toBe("ran");
  });
});
