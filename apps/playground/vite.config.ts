import { defineConfig, type Plugin } from 'vite';

/**
 * A page that also opens from file://: Chromium refuses module scripts there (a file:// page has
 * an opaque origin, so the module fetch fails CORS), so the build emits one classic script
 * (an IIFE, no code splitting, the worker inlined as a Blob) and this plugin drops the
 * `type="module"` and `crossorigin` Vite writes into the page's script tag, and loads it with
 * `defer` (the script expects the DOM to be parsed, as a module script would).
 */
function classicScript(): Plugin {
  return {
    name: 'nninit-classic-script',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml(html) {
      return html.replace(/<script type="module" crossorigin src=/g, '<script defer src=');
    },
  };
}

export default defineConfig({
  // Relative URLs: the folder works from any path of any static host.
  base: './',
  resolve: { conditions: ['@nninit/source', 'module', 'browser', 'development|production'] },
  worker: { format: 'iife' },
  build: {
    target: 'es2022',
    modulePreload: false,
    rolldownOptions: { output: { format: 'iife' } },
  },
  plugins: [classicScript()],
});
