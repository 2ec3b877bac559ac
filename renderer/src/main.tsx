import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { desk } from './api/bridge';
import { App } from './App';
import { startKeyboardReader } from './features/reader/keyboardReader';
import { initI18n } from './i18n';
import { useDesk } from './store';
import './styles.css';

initI18n();

// IPC events and the reader are wired once, outside React: the store is their only consumer.
desk.on('desk:changed', (change) => void useDesk.getState().refresh(change));
desk.on('desk:clock', (clock) => useDesk.getState().setClock(clock));
desk.on('reader:card', ({ cardNumber }) => useDesk.getState().cardTapped(cardNumber));
desk.on('reader:changed', () => void useDesk.getState().loadReader());
startKeyboardReader();

void useDesk.getState().loadStatus();
void useDesk.getState().loadStaff();
void useDesk.getState().loadReader();
void useDesk.getState().loadToday();
void useDesk.getState().loadHealth(false);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
