import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Dashboard } from './Dashboard';
import { useGlobalKeys, useLanguageSync, useUrlSync } from './sync';
import { useThemeSync } from './theme-sync';

function Effects(): null {
  useLanguageSync();
  useUrlSync();
  useGlobalKeys();
  useThemeSync();
  return null;
}

export function App() {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <Effects />
      <Dashboard />
    </QueryClientProvider>
  );
}
