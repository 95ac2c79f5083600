import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './workers.js';

// The IDE talks to the endpoint that served it.
const fetcher = createGraphiQLFetcher({ url: window.location.pathname });

const defaultQuery = `# Write a query, press the run button (or Ctrl+Enter) and read the answer on the right.
# The Docs pane lists every type and field; request headers can be set in the Headers tab below.
{
  __typename
}
`;

function App() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={[HISTORY_PLUGIN]}
      defaultQuery={defaultQuery}
      defaultEditorToolsVisibility="headers"
      isHeadersEditorEnabled={true}
      shouldPersistHeaders={false}
    />
  );
}

createRoot(document.getElementById('graphiql')).render(<App />);
