# Multi-stage image for the standalone server. Build: docker build -t second-chance .
# Run: docker run -p 3000:3000 -e SITE_URL=https://your.domain second-chance
# SITE_URL is read at build time too (static pages embed absolute URLs), so pass it as a build arg.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 NEXT_TELEMETRY_DISABLED=1
# Exactly the tree the lockfile names. The build needs the devDependencies too (next build type-checks
# with TypeScript); the image that runs gets none of them (last stage).
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ARG SITE_URL=https://secondchance.example
ENV SITE_URL=$SITE_URL NEXT_TELEMETRY_DISABLED=1
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build:standalone

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
ARG SITE_URL=https://secondchance.example
ENV SITE_URL=$SITE_URL
# The standalone server (with only the production files Next traced from node_modules: nothing is
# installed in this stage), its static assets and public files; the server reads no content/ at run
# time. scripts/lib/standalone.mjs assembles the same folder for `npm run test:standalone`.
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
# The search index `next build` wrote, which the server loads on the first search, and its snapshot of
# the content, which pages rendered on their first request are made from.
COPY --from=build --chown=node:node /app/.next/search-index.bin /app/.next/content-catalog.json /app/.next/content-bodies.bin ./.next/
COPY --from=build --chown=node:node /app/public ./public
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "server.js"]
