// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Packages with wasm or native parts are loaded by Node at run time, not bundled.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'hash-wasm', 'linkedom', 'sanitize-html', '@mozilla/readability'],
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx for pages a role may not open.
  experimental: { authInterrupts: true },
};

export default nextConfig;
