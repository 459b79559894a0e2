import express, { type ErrorRequestHandler, type Express, type Router } from 'express';
import { errorMessageIn, preferredLanguage } from '@foyer/schema';
import * as trpcExpress from '@trpc/server/adapters/express';
import { bearerToken, createContextInner, type ServerDeps } from './context.js';
import { clientOverviewRoute } from './http/client-overview.js';
import { salesDashboardRoute } from './http/sales-dashboard.js';
import { contactBackupRouter } from './http/contact-backup.js';
import { filesRouter } from './http/files.js';
import { galleryDownloadsRouter } from './http/gallery-downloads.js';
import { jobFilesRouter } from './http/job-files.js';
import { receiptsRouter } from './http/receipts.js';
import { reportsCsvRouter } from './http/reports-csv.js';
import { appRouter } from './router.js';
import { retryAfterSeconds } from './http/retry-after.js';
import { databaseRetryAfterSeconds, isDatabaseUnreachable } from './db/unreachable.js';
import type { TrustProxy } from './http/trust-proxy.js';

export interface MiddlewareOptions {
  /**
   * Origins whose pages may call the server (the sites that embed the elements), or `*`.
   * Elements send bearer tokens, never cookies, so no credentials are allowed cross-origin.
   */
  allowedOrigins: readonly string[] | '*';
  /** Logs unexpected errors; never receives tokens, codes or passwords. */
  log?: (message: string, error: unknown) => void;
}

/** Foyer as middleware, to mount in an existing Express app: `app.use('/foyer', foyerMiddleware(deps))`. */
export function foyerMiddleware(deps: ServerDeps, options: MiddlewareOptions = { allowedOrigins: '*' }): Router {
  const router = express.Router();
  const log = options.log ?? ((message, error) => console.error(message, error instanceof Error ? error.stack : error));

  // With a list of origins, each answer names the one origin it is for: a shared cache must
  // keep one per origin. tRPC sets its own Vary, so it is told to add Origin to it.
  const variesByOrigin = options.allowedOrigins !== '*';
  router.use((req, res, next) => {
    // API answers are for one caller at one moment: no cache keeps them, no browser sniffs
    // them into something else. File links set their own caching (http/files.ts).
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (variesByOrigin) res.vary('Origin');
    const origin = req.headers.origin;
    if (origin && (options.allowedOrigins === '*' || options.allowedOrigins.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', options.allowedOrigins === '*' ? '*' : origin);
      // If-None-Match: a client asks whether the overview it holds is still current (ETag).
      // Accept-Language: the elements ask for answers in the page's language.
      res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, trpc-accept, if-none-match, accept-language');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
      res.setHeader('Access-Control-Max-Age', '600');
      // A page on another origin reads a download's name and size (the contact backup's progress),
      // and the version of the overview it was given.
      res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition, Content-Length, ETag');
    }
    if (req.method === 'OPTIONS') return void res.status(204).end();
    next();
  });

  router.use(clientOverviewRoute(deps));
  router.use(salesDashboardRoute(deps));
  router.use(filesRouter(deps));
  router.use(galleryDownloadsRouter(deps));
  router.use(jobFilesRouter(deps));
  router.use(contactBackupRouter(deps));
  router.use(receiptsRouter(deps));
  router.use(reportsCsvRouter(deps));

  router.use(
    '/trpc',
    trpcExpress.createExpressMiddleware({
      router: appRouter,
      createContext: ({ req }) =>
        createContextInner(deps, {
          token: bearerToken(req.headers.authorization),
          source: req.ip ?? 'unknown',
          userAgent: req.get('user-agent') ?? null,
          language: preferredLanguage(req.get('accept-language')),
        }),
      // Input is logged nowhere: it may hold codes and passwords.
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') log(`foyer: ${path ?? 'unknown procedure'} failed`, error.cause ?? error);
      },
      maxBatchSize: 20,
      responseMeta: ({ errors }) => {
        const headers = new Headers();
        if (variesByOrigin) headers.set('vary', 'Origin');
        const wait = retryAfterSeconds(errors);
        if (wait !== null) headers.set('retry-after', String(wait));
        return { headers };
      },
    }),
  );

  const onError: ErrorRequestHandler = (error, req, res, _next) => {
    const language = preferredLanguage(req.get('accept-language')) ?? 'en';
    if (isDatabaseUnreachable(error)) {
      res.setHeader('Retry-After', String(databaseRetryAfterSeconds));
      return void res.status(503).json({ error: { code: 'SERVICE_UNAVAILABLE', message: errorMessageIn(language, 'SERVICE_UNAVAILABLE') } });
    }
    const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
    if (status === 500) log('foyer: request failed', error);
    const code = status === 500 ? 'INTERNAL' : 'INVALID_INPUT';
    res.status(status).json({ error: { code, message: errorMessageIn(language, code) } });
  };
  router.use(onError);
  return router;
}

/**
 * The standalone server: Foyer under `/api`, and whatever the caller adds beside it.
 * `trustProxy` names the proxies whose X-Forwarded-For is believed (parseTrustProxy); without
 * it the connection's own address is the source.
 */
export function createApp(deps: ServerDeps, options?: MiddlewareOptions & { trustProxy?: TrustProxy }): Express {
  const app = express();
  app.disable('x-powered-by');
  if (options?.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.use('/api', foyerMiddleware(deps, options));
  return app;
}
