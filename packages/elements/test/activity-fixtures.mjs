// What the activity log can be asked to name: every change the server's router makes.
import { appRouter } from '@foyer/server';

export const activityFixtures = {
  /** The path of every mutation procedure: each is written to the activity log as its action. */
  'recorded-actions': async () => ({
    actions: Object.entries(appRouter._def.procedures)
      .filter(([, procedure]) => procedure._def.type === 'mutation')
      .map(([path]) => path),
  }),
};
