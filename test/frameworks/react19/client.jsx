// The browser half: the elements first, then React hydrates the server's HTML.
import 'opioid-elements';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.jsx';

const plan = JSON.parse(document.getElementById('plan').textContent);
hydrateRoot(document.getElementById('root'), <App plan={plan} />, {
  onRecoverableError: (error) => console.error('hydration:', error.message),
});
