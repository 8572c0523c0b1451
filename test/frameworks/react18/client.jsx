import 'opioid-elements';
import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

const plan = JSON.parse(document.getElementById('plan').textContent);
createRoot(document.getElementById('root')).render(<App plan={plan} />);
