"""Adds up the outcome counters of every .trx file under a folder and prints
"N passed, N failed[, N skipped]". Exits non-zero when no test ran at all."""
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

folder = pathlib.Path(sys.argv[1])
passed = failed = skipped = 0
files = sorted(folder.rglob("*.trx"))
for trx in files:
    counters = ET.parse(trx).getroot().find("t:ResultSummary/t:Counters", NS)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))

line = f"{passed} passed, {failed} failed"
if skipped:
    line += f", {skipped} skipped"
print(line)
if not files or passed + failed == 0:
    sys.exit(1)
