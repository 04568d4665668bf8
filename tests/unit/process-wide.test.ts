// Pages and route handlers are separate bundles, each with its own copy of a shared module: the content and the
// search index must still be made once per process, whichever copy asks first.
import { describe, expect, it, vi } from "vitest";

describe("a process-wide value", () => {
  it("is made once and shared by separate copies of the module", async () => {
    const first = await import("@/lib/serving/process-wide");
    vi.resetModules();
    const second = await import("@/lib/serving/process-wide");
    expect(second).not.toBe(first);
    const make = vi.fn(() => ({ made: true }));
    const value = first.processWide("test:shared", make);
    expect(second.processWide("test:shared", make)).toBe(value);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it("keeps values of different names apart", async () => {
    const { processWide } = await import("@/lib/serving/process-wide");
    expect(processWide("test:a", () => "a")).toBe("a");
    expect(processWide("test:b", () => "b")).toBe("b");
  });

  it("is shared per build in built code, and made afresh where there is no build (the development server)", async () => {
    const { perBuild } = await import("@/lib/serving/process-wide");
    const make = vi.fn(() => ({}));
    vi.stubEnv("SITE_BUILD_ETAG", "");
    expect(perBuild("test:dev", make)).not.toBe(perBuild("test:dev", make));
    vi.stubEnv("SITE_BUILD_ETAG", '"build-1"');
    const first = perBuild("test:built", make);
    expect(perBuild("test:built", make)).toBe(first);
    vi.stubEnv("SITE_BUILD_ETAG", '"build-2"');
    expect(perBuild("test:built", make)).not.toBe(first);
    vi.unstubAllEnvs();
  });
});
