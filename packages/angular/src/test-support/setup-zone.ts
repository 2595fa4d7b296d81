// The zone.js project: zone.js patches the browser's async APIs before Angular loads.
import 'zone.js';
