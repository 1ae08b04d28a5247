// The Express app: API routes, the explorer's static files, security headers, CORS, request
// logs and problem+json errors. No listen here (see main.ts).
import { existsSync } from "node:fs";
import { join } from "node:path";
import cors from "cors";
import express, { type Express } from "express";
import helmet from "helmet";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import swaggerUi from "swagger-ui-express";
import type { GraphStore } from "../graph/store";
import type { ServerConfig } from "./config";
import { openApiDocument } from "./openapi";
import { problemHandler, sendProblem } from "./problem";
import { responseCache } from "./response-cache";
import { askRoutes } from "./routes/ask-routes";
import { entityRoutes } from "./routes/entity-routes";
import { graphRoutes } from "./routes/graph-routes";
import { healthRoutes } from "./routes/health-routes";
import { queryRoutes } from "./routes/query-routes";
import { reportRoutes } from "./routes/report-routes";
import { writeRoutes } from "./routes/write-routes";
import { curationRoutes } from "./routes/curation-routes";
import { hostCheck } from "./host-check";
import { PROJECT_ROOT } from "../project-root";

export const WEB_DIST = join(PROJECT_ROOT, "web", "dist");

export function createApp({ store, logger, config }: { store: GraphStore; logger: Logger; config: ServerConfig }): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("query parser", "extended");
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => req.url === "/api/health" },
      // a line per request says what was asked and how it ended; headers (the bearer token among
      // them) and cookies stay out of the logs
      serializers: {
        req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(hostCheck(config));
  app.use(
    helmet({
      // the server speaks plain HTTP on loopback: no HSTS and no upgrade of its own requests to
      // HTTPS, which would break every page load there (a TLS proxy in front sets its own)
      strictTransportSecurity: false,
      contentSecurityPolicy: {
        directives: {
          "upgrade-insecure-requests": null,
          "img-src": ["'self'", "data:", "blob:"],
          "worker-src": ["'self'", "blob:"],
          "script-src": ["'self'"],
          "style-src": ["'self'", "'unsafe-inline'"],
        },
      },
    }),
  );
  const origins = config.KG_CORS_ORIGINS.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  app.use(
    cors({
      origin: (origin, cb) => cb(null, !origin || origins.includes(origin) ? (origin ?? false) : false),
      methods: ["GET", "POST"],
    }),
  );
  app.use((req, res, next) => {
    const origin = req.get("origin");
    // the explorer's own writes (corrections) come from the server's own origin
    const own = `${req.protocol}://${req.get("host") ?? ""}`;
    if (origin && origin !== own && !origins.includes(origin) && req.method !== "GET" && req.method !== "HEAD")
      return sendProblem(res, 403, `cross-origin request from ${origin} refused; allow it with KG_CORS_ORIGINS`);
    next();
  });

  const doc = openApiDocument();
  app.get("/api/openapi.json", (_req, res) => {
    res.json(doc);
  });
  app.use("/api/docs", swaggerUi.serve, swaggerUi.setup(doc, { customSiteTitle: "KG API" }));
  app.use(healthRoutes(store));
  app.use("/api", responseCache(store));
  app.use(entityRoutes(store));
  app.use(queryRoutes(store));
  app.use(askRoutes(store));
  app.use(graphRoutes(store));
  app.use(reportRoutes(store, config));
  app.use(writeRoutes(store, config));
  app.use(curationRoutes(store, config));
  app.use("/api", (req, res) => sendProblem(res, 404, `no route ${req.method} ${req.originalUrl}; see /api/openapi.json`));

  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: "index.html", dotfiles: "deny", fallthrough: true }));
  } else {
    app.get("/", (_req, res) => {
      res
        .type("html")
        .send(
          '<!doctype html><meta charset="utf-8"><title>KG</title><p>The explorer is not built (run <code>npm run build:web</code>). The API is at <a href="/api/docs">/api/docs</a>.</p>',
        );
    });
  }
  app.use((req, res) => sendProblem(res, 404, `no such page: ${req.path}`));
  app.use(problemHandler(logger));
  return app;
}
