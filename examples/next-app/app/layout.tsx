import type { ReactNode } from 'react';
import '@audit-log-viewer/react/styles.css';

export const metadata = { title: 'Organization settings · Audit logs (Next.js)', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
