import type { NextConfig } from 'next';

// As create-next-app makes it in Next.js 16: Cache Components on, so every route prerenders a
// static shell and reading the clock during render is an error.
const config: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true,
  // The example lives inside the project's repository: its own folder is the root, not the project's.
  outputFileTracingRoot: process.cwd(),
  turbopack: { root: process.cwd() },
};

export default config;
