import { defineElement } from '../../internal/define.js';
import { OpioidTaperChart } from './opioid-taper-chart.js';

defineElement('opioid-taper-chart', OpioidTaperChart);
export { OpioidTaperChart };
