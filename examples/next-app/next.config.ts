import type { NextConfig } from 'next';

// As create-next-app makes it in Next.js 16: Cache Components on, so every route prerenders a
// static shell and reading the clock during render is an error.
const config: NextConfig = {
  cacheComponents: true,
};

export default config;
