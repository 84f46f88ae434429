# The app alone; Neo4j comes from NEO4J_URI (see docker-compose.yml), so no Java is needed here.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build client
ENV PORT=4000
EXPOSE 4000
CMD ["npx", "tsx", "server/src/main.ts"]
