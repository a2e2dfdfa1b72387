import { expect, test, type Page } from "@playwright/test";
import { freshPerson, signIn } from "./support/sign-in";

async function createInvitationLink(page: Page, email: string, role: string): Promise<string> {
  await page.goto("/settings/team");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: role });
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = page.getByTestId("invitation-link");
  await expect(link).toHaveValue(/\/invite\//);
  return link.inputValue();
}

test("an owner invites a member, who joins through the link and cannot do what only owners may", async ({ browser }) => {
  const owner = freshPerson("owner");
  const member = freshPerson("member");

  const ownerPage = await (await browser.newContext()).newPage();
  await signIn(ownerPage, owner);
  const workspaceName = `${owner.name}'s workspace`;
  await expect(ownerPage.getByTestId("active-workspace")).toHaveText(workspaceName);

  const link = await createInvitationLink(ownerPage, member.email, "Member");
  await expect(ownerPage.getByRole("listitem").filter({ hasText: member.email })).toContainText("Member");

  // The invitee opens the link signed out, signs in, and joins.
  const memberPage = await (await browser.newContext()).newPage();
  await memberPage.goto(link);
  await expect(memberPage).toHaveURL(/\/signin\?callbackUrl=/);
  await signIn(memberPage, member, { callbackUrl: new URL(link).pathname });
  await expect(memberPage.getByRole("heading", { name: `Join ${workspaceName}` })).toBeVisible();
  await memberPage.getByRole("button", { name: "Join workspace" }).click();
  await expect(memberPage).toHaveURL(/\/$/);
  await expect(memberPage.getByTestId("active-workspace")).toHaveText(workspaceName);

  // The link worked once.
  const thirdPage = await (await browser.newContext()).newPage();
  await signIn(thirdPage, member, { callbackUrl: new URL(link).pathname });
  await expect(thirdPage.getByText("This invitation was already used.")).toBeVisible();

  // The owner sees the new member with the invited role.
  await ownerPage.goto("/settings/team");
  await expect(ownerPage.getByTestId(`member-${member.email}`).getByRole("combobox")).toHaveValue("member");

  // Owner-only: the workspace settings. The member's form is read-only; a member who enables it
  // anyway (as a crafted request would) is refused by the server.
  await memberPage.goto("/settings");
  const fieldset = memberPage.getByTestId("workspace-fieldset");
  await expect(memberPage.getByLabel("Workspace name")).toBeDisabled();
  await fieldset.evaluate((el) => el.removeAttribute("disabled"));
  await memberPage.getByLabel("Workspace name").fill("Taken over");
  await memberPage.getByRole("button", { name: "Save" }).click();
  await expect(memberPage.getByText("This needs the Owner role or higher.")).toBeVisible();
  await ownerPage.reload();
  await expect(ownerPage.getByTestId("active-workspace")).toHaveText(workspaceName);

  // Inviting is for owners and admins: the member does not even get the form.
  await memberPage.goto("/settings/team");
  await expect(memberPage.getByText("Only owners and admins can invite people.")).toBeVisible();
  await expect(memberPage.getByLabel("Email address")).toHaveCount(0);
});

test("the last owner cannot demote themselves, and bad input gets field errors", async ({ page }) => {
  const owner = freshPerson("solo");
  await signIn(page, owner);
  await page.goto("/settings/team");
  await page.getByTestId(`member-${owner.email}`).getByRole("combobox").selectOption("admin");
  await expect(page.getByText("A workspace needs at least one owner.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId(`member-${owner.email}`).getByRole("combobox")).toHaveValue("owner");

  await page.goto("/settings");
  await page.getByLabel("Workspace name").fill("x");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator("#workspace-name-error")).toHaveText("At least 2 characters.");
});

test("the interface speaks German when chosen, and shows times in the workspace's time zone", async ({ page }) => {
  await signIn(page, freshPerson("de"));
  await page.goto("/settings");
  await page.getByLabel("Time zone").selectOption("Asia/Tokyo");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Workspace saved")).toBeVisible();

  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitemradio", { name: "Deutsch" }).click();
  await expect(page.getByRole("link", { name: "Einstellungen" })).toBeVisible();
  await page.goto("/");
  await expect(page.getByText("Zeitzone des Arbeitsbereichs angezeigt (Asia/Tokyo)")).toBeVisible();
});

test("a person creates a second workspace and switches between the two", async ({ page }) => {
  const person = freshPerson("multi");
  await signIn(page, person);
  const first = `${person.name}'s workspace`;
  await expect(page.getByTestId("active-workspace")).toHaveText(first);

  await page.getByRole("button", { name: "Switch workspace" }).click();
  await page.getByRole("menuitem", { name: "New workspace…" }).click();
  const name = page.getByRole("dialog", { name: "New workspace" }).getByLabel("Workspace name");
  await expect(name).toBeFocused();
  await name.fill("a");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByText("Enter a name of at least 2 characters.")).toBeVisible();
  await name.fill("Second Salon");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByTestId("active-workspace")).toHaveText("Second Salon");

  await page.getByRole("button", { name: "Switch workspace" }).click();
  await page.getByRole("menuitem", { name: new RegExp(first) }).click();
  await expect(page.getByTestId("active-workspace")).toHaveText(first);
  await page.goto("/settings/team");
  await expect(page.getByTestId(`member-${person.email}`).getByRole("combobox")).toHaveValue("owner");
});

test("provider pages speak German too: field labels, counts and setup text", async ({ page }) => {
  await signIn(page, freshPerson("anbieter"));
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("menuitemradio", { name: "Deutsch" }).click();
  await expect(page.getByRole("link", { name: "Einstellungen" })).toBeVisible();
  await page.goto("/integrations/calcom?tab=settings");
  await expect(page.getByLabel("API-Schlüssel")).toBeVisible();
  await expect(page.getByText("Automatische Synchronisierung")).toBeVisible();
  await expect(page.getByText("Wo Sie den API-Schlüssel finden")).toBeVisible();
  await page.goto("/");
  await expect(page.getByTestId("integration-card-retell")).toContainText("Sprach-KI");
});
