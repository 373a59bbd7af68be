import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Dashboard } from './Dashboard';
import { useGlobalKeys, useLanguageSync, useShortcutSetting, useUrlSync } from './sync';
import { useThemeSync } from './theme-sync';

function Effects(): null {
  useLanguageSync();
  useUrlSync();
  useGlobalKeys();
  useThemeSync();
  useShortcutSetting();
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
