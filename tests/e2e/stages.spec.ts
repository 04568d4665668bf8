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
  const paths: [Record<string, string>, string][] = [
    [{ refused: "yes", contact: "talking", when: "weeks", understanding: "changed" }, "moving-on"],
    [{ refused: "no", contact: "together", when: "months", understanding: "changed" }, "rebuilding"],
    [{ refused: "unsure", contact: "talking", when: "weeks", understanding: "mostly" }, "reaching-out"],
    [{ refused: "no", contact: "none", when: "days", understanding: "not-yet" }, "just-broke-up"],
    [{ refused: "no", contact: "none", when: "weeks", understanding: "not-yet" }, "taking-space"],
    [{ refused: "no", contact: "none", when: "months", understanding: "not-yet" }, "reflection"],
    [{ refused: "no", contact: "none", when: "months", understanding: "mostly" }, "working-on-yourself"],
    [{ refused: "unsure", contact: "none", when: "months", understanding: "changed" }, "reaching-out"],
  ];
  for (const [answers, stage] of paths) {
    test(`${Object.values(answers).join(" / ")} → ${stage}`, async ({ page }) => {
      await page.goto(routes.stages);
      for (const [name, value] of Object.entries(answers)) await page.getByRole("form", { name: "Find your stage" }).locator(`input[name="${name}"][value="${value}"]`).check();
      await page.getByRole("form", { name: "Find your stage" }).getByRole("button", { name: "Show me my stage" }).click();
      await expect(page).toHaveURL(new RegExp(`${routes.stage(stage)}$`));
      await expect(page.locator("h1")).toBeVisible();
    });
  }

  test("an incomplete answer shows the form again with a clear message", async ({ page }) => {
    const response = await page.goto(`${routes.stageFinder}?refused=no`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert")).toContainText("3 left unanswered");
  });
});
