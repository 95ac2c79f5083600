// The benchmark documents through graphql-js: parse, validate, execute and all three (with the result as JSON),
// on the schema and data of bench/documents, the same as the BenchmarkDotNet project uses.
// Usage: node bench.mjs [--quick] [--json]
//        node bench.mjs --serve   measures on request for a driver that alternates with its own measurements
//                                 (bench/GraphQL.Benchmarks --paired): each input line is
//                                 `<document> <stage> <milliseconds>`, each output line the operations per second
//                                 of that many milliseconds of the stage, with the stage warmed by earlier requests.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { buildSchema, parse, validate, execute } from 'graphql';

const documentsFolder = new URL('../documents/', import.meta.url);
const read = (name) => readFileSync(new URL(name, documentsFolder), 'utf8');

export const documentNames = ['a-typename', 'b-three-fields', 'c-fragments-list', 'd-introspection'];

const schema = buildSchema(read('schema.graphql'));

// The same 50 customers as bench/GraphQL.Benchmarks/BenchmarkData.cs.
const customers = Array.from({ length: 50 }, (_, index) => {
  const n = index + 1;
  return {
    id: String(n),
    name: `Customer ${n}`,
    email: `customer${n}@example.com`,
    phone: n % 3 === 0 ? null : `+44 20 7946 ${String(n).padStart(4, '0')}`,
    tier: n % 2 === 0 ? 'PRIORITY' : 'STANDARD',
    openComplaints: n % 4,
    satisfaction: n % 5 === 0 ? null : 3 + (n % 20) / 10,
    active: n % 7 !== 0,
    address: { street: `${n} High Street`, city: 'Leeds', postcode: `LS${(n % 9) + 1} 1AA` },
  };
});

const rootValue = {
  customer: ({ id }) => customers.find((customer) => customer.id === id) ?? null,
  customers: ({ first }) => customers.slice(0, first),
};

const stages = {
  parse: (text) => () => parse(text),
  validate: (text) => {
    const document = parse(text);
    return () => validate(schema, document);
  },
  execute: (text) => {
    const document = parse(text);
    return () => execute({ schema, document, rootValue });
  },
  all: (text) => () => {
    const document = parse(text);
    const errors = validate(schema, document);
    const result = errors.length > 0 ? { errors } : execute({ schema, document, rootValue });
    return JSON.stringify(result);
  },
};

function check(text) {
  const document = parse(text);
  const errors = validate(schema, document);
  const result = execute({ schema, document, rootValue });
  if (errors.length > 0 || result.errors) {
    throw new Error(JSON.stringify(errors.length > 0 ? errors : result.errors));
  }
}

// Operations per second: batches sized to take about 50 ms, timed for `rounds` rounds of `roundMs`; the median round.
function measure(run, { warmupMs, roundMs, rounds }) {
  let batch = 1;
  const warmupEnd = performance.now() + warmupMs;
  while (performance.now() < warmupEnd) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) run();
    if (performance.now() - start < 50) batch *= 2;
  }
  const results = [];
  for (let round = 0; round < rounds; round++) {
    let operations = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < roundMs) {
      for (let i = 0; i < batch; i++) run();
      operations += batch;
      elapsed = performance.now() - start;
    }
    results.push((operations * 1000) / elapsed);
  }
  results.sort((x, y) => x - y);
  return results[Math.floor(results.length / 2)];
}

// Operations per second of `run` for about `milliseconds`, in batches that check the clock every few milliseconds.
function timeFor(run, milliseconds) {
  let operations = 0;
  let batch = 1;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < milliseconds) {
    const batchStart = performance.now();
    for (let i = 0; i < batch; i++) run();
    operations += batch;
    const now = performance.now();
    if (now - batchStart < 2) batch *= 2;
    elapsed = now - start;
  }
  return (operations * 1000) / elapsed;
}

async function serve() {
  const prepared = new Map();
  for await (const line of createInterface({ input: process.stdin })) {
    const [name, stage, milliseconds] = line.trim().split(/\s+/);
    const key = `${name} ${stage}`;
    if (!prepared.has(key)) {
      if (!documentNames.includes(name) || !(stage in stages)) {
        console.log(`error unknown document or stage: ${line}`);
        continue;
      }
      const text = read(`${name}.graphql`);
      check(text);
      prepared.set(key, stages[stage](text));
    }
    console.log(String(timeFor(prepared.get(key), Number(milliseconds))));
  }
}

if (process.argv.includes('--serve')) {
  await serve();
} else {
  const quick = process.argv.includes('--quick');
  const asJson = process.argv.includes('--json');
  const settings = quick ? { warmupMs: 500, roundMs: 500, rounds: 3 } : { warmupMs: 2000, roundMs: 1000, rounds: 7 };

  const results = [];
  for (const name of documentNames) {
    const text = read(`${name}.graphql`);
    check(text);
    for (const [stage, prepare] of Object.entries(stages)) {
      const opsPerSecond = measure(prepare(text), settings);
      results.push({ document: name, stage, opsPerSecond });
      if (!asJson) {
        console.log(`${name.padEnd(18)} ${stage.padEnd(9)} ${opsPerSecond.toFixed(0).padStart(10)} ops/s`);
      }
    }
  }

  if (asJson) {
    const graphqlVersion = JSON.parse(read('../graphql-js/node_modules/graphql/package.json')).version;
    console.log(JSON.stringify({ node: process.version, graphql: graphqlVersion, results }, null, 2));
  }
}
