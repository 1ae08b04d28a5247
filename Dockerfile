# The app as a production image: TypeScript compiled to dist/, the explorer built, production
# dependencies only, run as the unprivileged `node` user, with a healthcheck on /api/health.
# Built by docker-compose.yml (`docker compose up --build`); the same commands run in CI without
# Docker (test/server/production-build.int.test.ts).

# ---- build: every dependency, the compiler and the explorer's bundler
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY web ./web
COPY data ./data
COPY cypher ./cypher
RUN npm run build

# ---- production dependencies only, without install scripts
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# ---- the image: compiled code, its files, its dependencies
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    KG_DATA=/data/graph.json \
    KG_WEB_CACHE=/data/web-cache
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY cypher ./cypher
COPY data ./data
# the embedded store's file (when no Neo4j is configured) lives in a volume the app may write
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/server/main.js"]
