// Joins BenchmarkDotNet's JSON report with bench/graphql-js's results into one Markdown table with the ratio
// of operations per second, ours / graphql-js.
// Usage: node compare.mjs <BenchmarkDotNet *-report-full*.json> <graphql-js results .json>...
// With several graphql-js result files (one per run of bench.mjs), each row takes the median of the runs.
import { readFileSync } from 'node:fs';

const [dotnetFile, ...jsFiles] = process.argv.slice(2);
const dotnet = JSON.parse(readFileSync(dotnetFile, 'utf8'));
const jsRuns = jsFiles.map((file) => JSON.parse(readFileSync(file, 'utf8')));
const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const js = {
  node: jsRuns[0].node,
  graphql: jsRuns[0].graphql,
  results: jsRuns[0].results.map(({ document, stage }) => ({
    document,
    stage,
    opsPerSecond: median(jsRuns.map((run) => run.results.find((r) => r.document === document && r.stage === stage).opsPerSecond)),
  })),
};

const stageOf = { Parse: 'parse', Validate: 'validate', Execute: 'execute', AllCold: 'all', AllWarm: 'all' };
const labelOf = {
  Parse: 'parse',
  Validate: 'validate',
  Execute: 'execute',
  AllCold: 'all three, no cache',
  AllWarm: 'all three, cached document',
};
const order = Object.keys(stageOf);

const rows = dotnet.Benchmarks.map((benchmark) => ({
  document: /Document=([^,&]+)/.exec(benchmark.Parameters)[1],
  method: benchmark.Method,
  opsPerSecond: 1e9 / benchmark.Statistics.Median,
  allocated: benchmark.Memory?.BytesAllocatedPerOperation,
}));
rows.sort((x, y) => x.document.localeCompare(y.document) || order.indexOf(x.method) - order.indexOf(y.method));

const format = (value) => Math.round(value).toLocaleString('en-GB');
const formatBytes = (bytes) => (bytes === undefined ? '' : bytes >= 10240 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`);

console.log(`.NET ${dotnet.HostEnvironmentInfo?.RuntimeVersion ?? ''} · Node ${js.node}, graphql ${js.graphql}` +
  (jsRuns.length > 1 ? ` · graphql-js: median of ${jsRuns.length} runs` : ''));
console.log();
console.log('| Document | Stage | Ours (ops/s) | Ours allocated/op | graphql-js (ops/s) | Ours / graphql-js |');
console.log('|---|---|---:|---:|---:|---:|');
for (const row of rows) {
  const reference = js.results.find((result) => result.document === row.document && result.stage === stageOf[row.method]);
  const ratio = reference ? `${(row.opsPerSecond / reference.opsPerSecond).toFixed(2)}×` : '';
  console.log(`| ${row.document} | ${labelOf[row.method]} | ${format(row.opsPerSecond)} | ${formatBytes(row.allocated)} | ${reference ? format(reference.opsPerSecond) : ''} | ${ratio} |`);
}
