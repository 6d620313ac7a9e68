# syntax=docker/dockerfile:1
# Build: compile TypeScript (and the web console) with dev dependencies.
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm run web:build && npm prune --omit=dev

# Run: production dependencies and compiled code only; the database is MongoDB (MONGODB_URI).
FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 TIMEZONE=Asia/Shanghai WEB_CONSOLE=serve
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY --from=build /app/package.json ./package.json
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# The same V8 heap setting as `npm start` (README, "Memory").
CMD ["node", "--max-old-space-size=1024", "dist/main.js"]
