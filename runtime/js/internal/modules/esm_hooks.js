'use strict';
// Installs V8's module host hooks at start-up — dynamic import() can come from any
// script, even a CommonJS program that never loaded an ES module — and loads the ES
// module loader only when one of them is first used.

const esm = () => require('internal/modules/esm');

internals.modules.setHooks(
  (id) => esm().syntheticExports(id),
  (meta, url) => esm().initializeImportMeta(meta, url),
  (specifier, referrer, type) => esm().importDynamically(specifier, referrer, type),
);
