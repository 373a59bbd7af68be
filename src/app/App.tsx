import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ShownViewProvider } from '../shared/use-shown-view';
import { ShownLanguage } from '../shared/use-words';
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

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
}

/** `client` may come with the report already loaded (see main.tsx); else the app makes one. */
export function App({ client: given }: { client?: QueryClient }) {
  const [client] = useState(() => given ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <Effects />
      <ShownLanguage>
        <ShownViewProvider>
          <Dashboard />
        </ShownViewProvider>
      </ShownLanguage>
    </QueryClientProvider>
  );
}
