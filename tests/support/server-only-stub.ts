// Lets vitest import server-only modules; Next enforces the real boundary in builds.
export {};
