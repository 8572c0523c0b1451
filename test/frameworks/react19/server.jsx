// The server half: React 19's renderToString of the app (the widgets render in the browser).
import { renderToString } from 'react-dom/server';
import { App } from './App.jsx';

export const render = (plan) => renderToString(<App plan={plan} />);
