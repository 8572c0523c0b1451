/* global document -- the app entry runs in the browser */
import 'opioid-elements';
import { mount } from 'svelte';
import App from './App.svelte';

const plan = JSON.parse(document.getElementById('plan').textContent);
mount(App, { target: document.getElementById('root'), props: { plan } });
