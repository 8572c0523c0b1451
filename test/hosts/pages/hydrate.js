// The server-rendered page's client: Lit's hydration support first (it must load before LitElement),
// then the library's npm build, which takes over the declarative shadow roots without re-rendering them.
// The hosts server bundles it into one external file (/ssr/hydrate.js), so the page needs no import map
// (an inline script, which a strict CSP blocks).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'opioid-elements';
