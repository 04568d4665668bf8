import { expect, test } from "@playwright/test";
import { expectDeepLinksResolve, pageBody, passageLinks } from "./links";
import { stages } from "./site";
import { routes } from "@/lib/routes";

test("/stages shows the stages in order as a timeline", async ({ page }) => {
  await page.goto(routes.stages);
  const titles = await page.getByRole("list", { name: "The stages in order" }).getByRole("heading").getByRole("link").allTextContents();
  expect(titles).toEqual(stages.map((s) => s.title));
});

stages.forEach((stage, index) => {
  test(`stage page “${stage.slug}” has guidance, passages that resolve, and prev/next in order`, async ({ page }) => {
    const response = await page.goto(routes.stage(stage.slug));
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveText(stage.title);
    const guidanceWords = (await pageBody(page).innerText()).split(/\s+/).length;
    expect(guidanceWords).toBeGreaterThan(300);
    expect(await passageLinks(page).count()).toBeGreaterThanOrEqual(2);
    await expectDeepLinksResolve(page, passageLinks(page));
    const previous = stages[index - 1];
    const next = stages[index + 1];
    if (previous) await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", routes.stage(previous.slug));
    else await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    if (next) await expect(page.locator('a[rel="next"]')).toHaveAttribute("href", routes.stage(next.slug));
    else await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    if (stage.safety) await expect(page.locator(`[data-safety-banner] a[href="${routes.help()}"]`)).toBeVisible();
  });
});

test("moving on says plainly that a no is to be accepted", async ({ page }) => {
  await page.goto(routes.stage("moving-on"));
  await expect(pageBody(page)).toContainText(/accept/i);
});

test("unknown stage is a 404", async ({ request }) => {
  expect((await request.get(routes.stage("grieving"))).status()).toBe(404);
});

test.describe("stage finder without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  // Every answer path is unit-tested (tests/unit/stage-finder.test.ts); these drive the real form to
  // both kinds of place it can send a reader.
  const paths: [Record<string, string>, string][] = [
    [{ harm: "no", refused: "no", contact: "none", when: "months", understanding: "mostly" }, routes.stage("working-on-yourself")],
    [{ harm: "no", refused: "unsure", contact: "talking", when: "weeks", understanding: "changed" }, routes.stage("taking-space")],
    [{ harm: "by-me", refused: "no", contact: "talking", when: "months", understanding: "changed" }, routes.help("own-behaviour")],
    [{ harm: "to-me", refused: "no", contact: "together", when: "months", understanding: "changed" }, routes.help("abuse")],
  ];
  for (const [answers, place] of paths) {
    test(`${Object.values(answers).join(" / ")} → ${place}`, async ({ page }) => {
      await page.goto(routes.stages);
      const form = page.getByRole("form", { name: "Find your stage" });
      for (const [name, value] of Object.entries(answers)) await form.locator(`input[name="${name}"][value="${value}"]`).check();
      await form.getByRole("button", { name: "Show me where to start" }).click();
      await expect(page).toHaveURL(new RegExp(`${place.replace(/[#?]/g, "\\$&")}$`));
      await expect(page.locator("h1")).toBeVisible();
    });
  }

  test("an incomplete answer shows the form again with a clear message", async ({ page }) => {
    const response = await page.goto(`${routes.stageFinder}?refused=no`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert")).toContainText("4 left unanswered");
  });
});
