import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connect } from './api/client';
import { createWorkTracker } from './api/workInProgress';
import { App } from './app/App';
import { CaptureWindow } from './features/capture/CaptureWindow';
import { PrintPage } from './features/review/print/PrintPage';
import { parsePrintHash } from './ui/printRequest';
import { ApiProvider } from './query/ApiContext';
import { followBackendChanges, trackOwnWrites } from './query/backendEvents';
import { applyAppearance } from './ui/appearance';
import { ConfirmProvider } from './ui/Confirm';
import { ToastProvider } from './ui/Toasts';
import { WorkProgress } from './ui/WorkProgress';
import './styles/theme.css';
import './styles/app.css';
import './styles/habit.css';
import './styles/review.css';

// Before the first paint, so a chosen Light or Dark never flashes the other.
applyAppearance();

// Read before connecting: in browser mode the client strips the fragment once it has the token.
const isCaptureWindow = window.location.hash.startsWith('#/capture');
const printRequest = parsePrintHash(window.location.hash);

const work = createWorkTracker();
const api = work.track(trackOwnWrites(connect()));
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
if (isCaptureWindow) document.documentElement.classList.add('is-capture-window');

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>
          <ConfirmProvider>
            {printRequest ? <PrintPage request={printRequest} /> : isCaptureWindow ? <CaptureWindow /> : <App />}
            {!printRequest && <WorkProgress tracker={work} />}
          </ConfirmProvider>
        </ToastProvider>
      </QueryClientProvider>
    </ApiProvider>
  </StrictMode>,
);
