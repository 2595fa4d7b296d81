import type { NextConfig } from 'next';

const config: NextConfig = {
  poweredByHeader: false,
  // `next dev` would otherwise write AGENTS.md files into the app.
  agentRules: false,
  experimental: { agentUpgrade: false },
};

export default config;
