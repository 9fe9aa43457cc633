import type { ReactNode } from 'react';

// Replaced by the page itself (issue 3); kept minimal so that the app shell builds.
export default function DataPage(): ReactNode {
  return <h1>DataPage</h1>;
}
