import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CallPaceContext, paceFromSearch } from '../components/call/call-pace.ts';
import { startStorage } from '../store/app-store.ts';
import { App } from './app.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
void startStorage();
createRoot(root).render(
  <StrictMode>
    <CallPaceContext value={paceFromSearch(window.location.search)}>
      <App />
    </CallPaceContext>
  </StrictMode>,
);
