globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const base = window.location.pathname.replace(/\/?$/, '/');
    const name = label === 'graphql' ? 'graphql.worker.js' : label === 'json' ? 'json.worker.js' : 'editor.worker.js';
    return new Worker(`${base}ide/${name}`, { type: 'module' });
  },
};
