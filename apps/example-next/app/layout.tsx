import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import '@vidkit/react/styles.css';
import './globals.css';
import { publicConfig } from '../lib/server';
import { Providers } from './providers';

export const metadata: Metadata = { title: 'Vidkit × Next.js' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The API root is read from the environment when a request comes, not frozen into the build.
  await connection();
  return (
    <html lang="en">
      <body>
        <header>
          <Link href="/">Upload</Link>
        </header>
        <main>
          <Providers {...publicConfig()}>{children}</Providers>
        </main>
      </body>
    </html>
  );
}
