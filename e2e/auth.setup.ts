import { test as setup } from "@playwright/test";
import { OWNER, OWNER_STORAGE_STATE } from "./support/auth-state";
import { signIn } from "./support/sign-in";

// Signs the shared owner in once per run and saves the cookies; specs opt in with
// `test.use({ storageState: OWNER_STORAGE_STATE })`. Specs that need a person of their own
// call signIn(page, freshPerson()) instead.
setup("sign in the owner", async ({ page }) => {
  await signIn(page, OWNER);
  await page.getByTestId("user-menu-name").waitFor();
  await page.context().storageState({ path: OWNER_STORAGE_STATE });
});
