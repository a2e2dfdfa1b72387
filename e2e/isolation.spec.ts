import { expect, test, type Browser } from "@playwright/test";
import { connectRetell } from "./support/connect";
import { addBranchAndStaff } from "./support/locations";
import { captureActionArgs, rewriteActionArgs } from "./support/server-actions";
import { freshPerson, signIn } from "./support/sign-in";

async function signedInPage(browser: Browser, label: string) {
  const page = await (await browser.newContext()).newPage();
  const person = freshPerson(label);
  await signIn(page, person);
  return { page, person };
}

test("a workspace cannot read or change another workspace's data with its ids", async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await signedInPage(browser, "tenant-a");
  const b = await signedInPage(browser, "tenant-b");

  // B has an integration, a pending invitation, and B's owner id is known to A (as an attacker would learn it).
  await addBranchAndStaff(b.page, { name: "Bea", email: "bea@example.com" });
  const bIntegrationId = await connectRetell(b.page);
  await b.page.goto("/settings/team");
  await b.page.getByLabel("Email address").fill("guest-b@example.com");
  await b.page.getByRole("button", { name: "Create invitation link" }).click();
  await expect(b.page.getByTestId("invitation-link")).toBeVisible();
  await b.page.reload();
  const [{ invitationId: bInvitationId }] = (await captureActionArgs(b.page, () =>
    b.page.getByRole("button", { name: "Revoke" }).click(),
  )) as [{ invitationId: string }];
  await b.page.reload();
  const [{ userId: bOwnerId }] = (await captureActionArgs(b.page, async () => {
    await b.page.getByTestId(`member-${b.person.email}`).getByRole("combobox").selectOption("admin");
  })) as [{ userId: string }];

  // A sets up the same kinds of things, then sends A's own buttons' requests with B's ids.
  await addBranchAndStaff(a.page, { name: "Abe", email: "abe@example.com" });
  const aIntegrationId = await connectRetell(a.page);
  expect(aIntegrationId).not.toBe(bIntegrationId);
  const swap = (key: string, value: string) => (args: Record<string, unknown>[]) => [{ ...args[0], [key]: value }];
  const refusal = a.page.getByText("That integration does not exist in this workspace.");

  await a.page.goto("/integrations/retell");
  await rewriteActionArgs(a.page, swap("integrationId", bIntegrationId), () => a.page.getByRole("button", { name: "Sync now: Retell AI" }).click());
  await expect(refusal).toBeVisible();
  await a.page.reload();
  await rewriteActionArgs(a.page, swap("integrationId", bIntegrationId), () => a.page.getByRole("button", { name: "Disable" }).click());
  await expect(refusal).toBeVisible();
  await a.page.reload();
  await a.page.getByRole("button", { name: "Delete" }).click();
  await rewriteActionArgs(a.page, swap("integrationId", bIntegrationId), () =>
    a.page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click(),
  );
  await expect(refusal).toBeVisible();

  await a.page.goto("/settings/team");
  await a.page.getByLabel("Email address").fill("guest-a@example.com");
  await a.page.getByRole("button", { name: "Create invitation link" }).click();
  await a.page.reload();
  await rewriteActionArgs(a.page, swap("invitationId", bInvitationId), () => a.page.getByRole("button", { name: "Revoke" }).click());
  await expect(a.page.getByText("That invitation does not exist or was already used.")).toBeVisible();
  await rewriteActionArgs(a.page, swap("userId", bOwnerId), async () => {
    await a.page.getByTestId(`member-${a.person.email}`).getByRole("combobox").selectOption("admin");
  });
  await expect(a.page.getByText("That person is not a member of this workspace.")).toBeVisible();

  // Nothing of B's changed: integration active and enabled, invitation pending, owner still owner.
  await b.page.goto("/integrations/retell");
  await expect(b.page.getByTestId("integration-status")).toHaveText("Active");
  await expect(b.page.getByTestId("sync-runs")).toHaveCount(0);
  await b.page.goto("/settings/team");
  await expect(b.page.getByRole("listitem").filter({ hasText: "guest-b@example.com" })).toBeVisible();
  await expect(b.page.getByTestId(`member-${b.person.email}`).getByRole("combobox")).toHaveValue("owner");

  // Pages only ever show the own workspace's data.
  await a.page.goto("/settings/team");
  await expect(a.page.getByText("guest-b@example.com")).toHaveCount(0);
  await expect(a.page.getByText(b.person.email)).toHaveCount(0);
  await a.page.goto("/logs");
  await expect(a.page.getByRole("table")).not.toContainText(b.person.name);
  await a.page.goto("/settings/staff");
  await expect(a.page.getByText("bea@example.com")).toHaveCount(0);
});
