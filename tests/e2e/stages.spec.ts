import { expect, test } from "@playwright/test";
import { expectDeepLinksResolve, pageBody, passageLinks } from "./links";
import { stages } from "./site";
import { CONTACT_GATE, passagesForStage, stageNeighbours } from "@/lib/content";
import { routes, withAnchor } from "@/lib/routes";
import { FINDER_HELP } from "@/lib/stage-finder";

test("/stages shows the stages in order as a timeline", async ({ page }) => {
  await page.goto(routes.stages);
  const titles = await page.getByRole("list", { name: "The stages in order" }).getByRole("heading").getByRole("link").allTextContents();
  expect(titles).toEqual(stages.map((s) => s.title));
});

stages.forEach((stage) => {
  test(`stage page “${stage.slug}” has guidance, passages that resolve, and prev/next in order`, async ({ page }) => {
    const response = await page.goto(routes.stage(stage.slug));
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).toHaveText(stage.title);
    const guidanceWords = (await pageBody(page).innerText()).split(/\s+/).length;
    expect(guidanceWords).toBeGreaterThan(300);
    expect(await passageLinks(page).count()).toBeGreaterThanOrEqual(2);
    await expectDeepLinksResolve(page, passageLinks(page));
    // A stage for keeping apart skips the stages that allow contact (lib/content stageNeighbours).
    const { previous, next } = stageNeighbours(stage.slug, stages);
    if (previous) await expect(page.locator('a[rel="prev"]')).toHaveAttribute("href", routes.stage(previous.slug));
    else await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    if (next) await expect(page.locator('a[rel="next"]')).toHaveAttribute("href", routes.stage(next.slug));
    else await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    if (stage.safety) await expect(page.locator(`[data-safety-banner] a[href="${routes.help()}"]`)).toBeVisible();
  });
});

test("working on yourself leads on to moving on, and to reaching out only through its checks", async ({ page }) => {
  await page.goto(routes.stage("working-on-yourself"));
  await expect(page.locator('a[rel="next"]')).toHaveAttribute("href", routes.stage("moving-on"));
  const checks = withAnchor(routes.stage(CONTACT_GATE.checksStage), CONTACT_GATE.checksAnchor);
  for (const href of await pageBody(page).locator('a[href^="/stages/reaching-out"]').evaluateAll((links) => links.map((a) => a.getAttribute("href")))) expect(href).toBe(checks);
});

test("a contact passage is listed with its conditions and a link to the checks, never an excerpt", async ({ page }) => {
  await page.goto(routes.stage("reaching-out"));
  const listed = page.locator('section[aria-labelledby$="-passages"] li');
  const contact = passagesForStage("reaching-out").filter((p) => p.advisesContact);
  expect(contact.length).toBeGreaterThan(0);
  for (const passage of contact) {
    const item = listed.filter({ has: page.locator(`a[href="${routes.article(passage.articleSlug, passage.id)}"]`) });
    await expect(item.locator("[data-contact-conditions]")).toHaveText(`${CONTACT_GATE.conditions} ${CONTACT_GATE.checksLabel}`);
    await expect(item.getByRole("link", { name: CONTACT_GATE.checksLabel })).toHaveAttribute("href", withAnchor(routes.stage(CONTACT_GATE.checksStage), CONTACT_GATE.checksAnchor));
  }
  // The checks are where the link says, with the check for an ex who hurt the reader.
  const checks = page.locator(`#${CONTACT_GATE.checksAnchor} + div details.contact-gate`);
  await expect(checks).toContainText("If they were violent, threatening or controlling towards you");
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
  // each kind of place it can send a reader, and check that no answer reaches a URL.
  const paths: [Record<string, string>, string][] = [
    [{ harm: "no", refused: "no", contact: "none", when: "months", understanding: "mostly" }, routes.stage("working-on-yourself")],
    [{ harm: "no", refused: "unsure", contact: "talking", when: "weeks", understanding: "changed" }, routes.stage("taking-space")],
    [{ harm: "no", refused: "no", contact: "talking", when: "days", understanding: "changed" }, routes.stage("just-broke-up")],
    [{ harm: "by-me", refused: "no", contact: "talking", when: "months", understanding: "changed" }, routes.stageFinderHelp("own-behaviour")],
    [{ harm: "to-me", refused: "no", contact: "together", when: "months", understanding: "changed" }, routes.stageFinderHelp("abuse")],
  ];
  for (const [answers, place] of paths) {
    test(`${Object.values(answers).join(" / ")} → ${place}`, async ({ page }) => {
      await page.goto(routes.stages);
      const form = page.getByRole("form", { name: "Find your stage" });
      await expect(form).toHaveAttribute("method", "post");
      for (const [name, value] of Object.entries(answers)) await form.locator(`input[name="${name}"][value="${value}"]`).check();
      await form.getByRole("button", { name: "Show me where to start" }).click();
      await expect(page).toHaveURL(new RegExp(`${place.replace(/[#?]/g, "\\$&")}$`));
      expect(page.url()).not.toContain("?");
      await expect(page.locator("h1")).toBeVisible();
      // Back returns to the form's own address, which holds no answers either.
      await page.goBack();
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(routes.stages);
    });
  }

  test("a reader sent towards /help is told why in one sentence, then led to the right part", async ({ page }) => {
    for (const part of ["abuse", "own-behaviour"] as const) {
      await page.goto(routes.stageFinderHelp(part));
      await expect(page.locator("[data-finder-why]")).toHaveText(FINDER_HELP[part].why);
      await expect(page.getByRole("link", { name: FINDER_HELP[part].link })).toHaveAttribute("href", routes.help(part));
      await expect(page.getByRole("link", { name: "Crisis lines can help now" })).toHaveAttribute("href", routes.help("crisis"));
      await expect(page.locator("[data-quick-exit]")).toBeVisible();
      await expect(page).toHaveTitle(/^Where to start/);
    }
  });

  test("the finder links crisis help before its first question", async ({ page }) => {
    for (const path of [routes.stageFinder, routes.stages]) {
      await page.goto(path);
      const form = page.getByRole("form", { name: "Find your stage" });
      await expect(form.getByRole("link", { name: "Crisis lines can help now" })).toHaveAttribute("href", routes.help("crisis"));
      await expect(form).toContainText("We don't keep your answers");
    }
  });

  test("an incomplete answer shows the form again with a clear message, naming no answer", async ({ page, request }) => {
    const response = await request.post(routes.stageFinderAnswers, { form: { refused: "no" }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    const location = response.headers()["location"]!;
    expect(location).toBe(routes.stageFinderUnanswered(["harm", "contact", "when", "understanding"]));
    expect(location).not.toMatch(/=no\b|refused/);
    await page.goto(location);
    await expect(page.getByRole("alert")).toContainText("4 left unanswered");
  });

  test("answers in an old link are ignored: the form shows, and nothing redirects", async ({ page }) => {
    const response = await page.goto(`${routes.stageFinder}?harm=no&refused=no&contact=none&when=days&understanding=mostly`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("form", { name: "Find your stage" })).toBeVisible();
  });
});
