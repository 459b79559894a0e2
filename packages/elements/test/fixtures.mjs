// Seeded workspaces for element tests, built through the server's own API (never raw SQL;
// only the crowd of contacts for the virtualization test is inserted in bulk).
// Each call makes a new workspace with a unique handle. The test server's plugin
// (foyer-server-plugin.mjs) answers `/fixture/<name>` with the fixture of that name here;
// each module beside this one seeds one kind of workspace or person.
import { accountFixtures } from './account-fixtures.mjs';
import { activityFixtures } from './activity-fixtures.mjs';
import { emailMarketingFixtures } from './email-marketing-fixtures.mjs';
import { hostingFixtures } from './hosting-fixtures.mjs';
import { accountLinkFixtures } from './account-link-fixtures.mjs';
import { invitationFixtures } from './invitation-fixtures.mjs';
import { marketplaceFixtures } from './marketplace-fixtures.mjs';
import { masterShellFixtures } from './master-shell-fixtures.mjs';
import { masterFixtures } from './master-fixtures.mjs';
import { printShopFixtures } from './print-shop-fixtures.mjs';
import { reportFixtures } from './report-fixtures.mjs';
import { roleFixtures } from './role-fixtures.mjs';
import { secondFactorFixtures } from './second-factor-fixtures.mjs';
import { studioFixtures } from './studio-fixtures.mjs';
import { teamFixtures } from './team-fixtures.mjs';
import { termsFixtures } from './terms-fixtures.mjs';
import { ticketFixtures } from './ticket-fixtures.mjs';

export const fixtures = {
  ...activityFixtures,
  ...studioFixtures,
  ...secondFactorFixtures,
  ...emailMarketingFixtures,
  ...printShopFixtures,
  ...accountFixtures,
  ...hostingFixtures,
  ...accountLinkFixtures,
  ...invitationFixtures,
  ...marketplaceFixtures,
  ...masterFixtures,
  ...masterShellFixtures,
  ...reportFixtures,
  ...roleFixtures,
  ...teamFixtures,
  ...termsFixtures,
  ...ticketFixtures,
};
