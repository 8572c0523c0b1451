/* global document -- the app entry runs in the browser */
import 'opioid-elements';
import { createApp } from 'vue';
import App from './App.vue';

const plan = JSON.parse(document.getElementById('plan').textContent);
createApp(App, { plan }).mount('#root');
