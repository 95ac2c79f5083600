// Reads the cases/*.txt files, as DifferentialCase.cs does: each case starts with a line "### name", optionally
// followed by lines "variables: <JSON object>" and "operationName: <name>"; the rest up to the next case is the document.
import { readdirSync, readFileSync } from 'node:fs';

export function readCases() {
  const folder = new URL('./cases/', import.meta.url);
  const cases = [];
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()) {
    let current = null;
    for (const line of readFileSync(new URL(file, folder), 'utf8').replace(/\r\n/g, '\n').split('\n')) {
      if (line.startsWith('### ')) {
        current = { name: line.slice(4).trim(), lines: [] };
        cases.push(current);
      } else if (current !== null && current.lines.length === 0 && line.startsWith('variables: ')) {
        current.variables = JSON.parse(line.slice('variables: '.length));
      } else if (current !== null && current.lines.length === 0 && line.startsWith('operationName: ')) {
        current.operationName = line.slice('operationName: '.length).trim();
      } else if (current !== null) {
        current.lines.push(line);
      }
    }
  }
  return cases.map(({ name, lines, variables, operationName }) => ({
    name,
    query: lines.join('\n').trim(),
    variables,
    operationName,
  }));
}
