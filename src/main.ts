import { mount } from 'svelte';
import App from './App.svelte';
import { app } from './lib/state/app.svelte.ts';
import { importer } from './lib/state/importer.svelte.ts';
import './app.css';

// A read-only handle for the benchmark and browser tests (and the curious, in the console).
(window as unknown as { kefen: unknown }).kefen = { app, importer };

mount(App, { target: document.getElementById('app')! });
