import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api/client';
import { App } from './app/App';
import { ApiProvider } from './query/ApiContext';
import { followBackendChanges, trackOwnWrites } from './query/backendEvents';
import { ConfirmProvider } from './ui/Confirm';
import { ToastProvider } from './ui/Toasts';
import './styles/theme.css';
import './styles/app.css';

const api = trackOwnWrites(connect());
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // The journal is local; it only changes when we write (handled) or the backend says so.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      retry: 1,
    },
  },
});
followBackendChanges(api, queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <ConfirmProvider>
            <App />
          </ConfirmProvider>
        </ToastProvider>
      </QueryClientProvider>
    </ApiProvider>
  </StrictMode>,
);
