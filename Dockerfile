# Flare's API server. Build: docker build -t flare .   (docker-compose.yml runs it with Postgres)
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bench ./bench
COPY tests/support ./tests/support
COPY client ./client
COPY bin ./bin
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app /app
EXPOSE 4000
# Migrations are applied at start-up, so a new database needs no separate step.
CMD ["node", "bin/flare.js", "serve", "--host", "0.0.0.0", "--port", "4000"]
