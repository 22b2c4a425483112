import { test as setup } from '@playwright/test';
import { ensureUser, REVIEWER_STATE, signIn, TEST_USERS } from './support/accounts';

/*
 * Runs before every spec (the `setup` project): the admin (created by the user CLI before the
 * server started) creates the reviewer and viewer accounts, and the reviewer's signed-in state is
 * saved as the default state of the specs, so their uploads, renames and deletions are a
 * reviewer's.
 */
setup('test accounts and the reviewer session', async ({ playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL });
  await signIn(admin, TEST_USERS.admin);
  await ensureUser(admin, TEST_USERS.reviewer, 'reviewer');
  await ensureUser(admin, TEST_USERS.viewer, 'viewer');
  await admin.dispose();
  const reviewer = await playwright.request.newContext({ baseURL });
  await signIn(reviewer, TEST_USERS.reviewer);
  await reviewer.storageState({ path: REVIEWER_STATE });
  await reviewer.dispose();
});
