# The app alone; Neo4j comes from NEO4J_URI (see docker-compose.yml), so no Java is needed here.

# Build stage: every dependency, then the server compiled to JavaScript and the client bundled.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/build-server.mjs && npx vite build client

# Run stage: production dependencies only (no TypeScript, no esbuild, no test tools), what the
# build made, the contracts and the corpus a new base starts from; run as the image's unprivileged user.
FROM node:22-bookworm-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
COPY schema schema
COPY data data
USER node
EXPOSE 4000
# /health answers 200 once Neo4j answers and the base is loaded, 503 with the reason before.
HEALTHCHECK --interval=10s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server/dist/main.js"]
