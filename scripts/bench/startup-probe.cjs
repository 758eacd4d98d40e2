// Preloaded (NODE_OPTIONS=--require) into each timed run of 05-startup.mjs: when a process exits, appends
// its own CPU time and peak RSS as one JSON line to the file named by MULTIVECTOR_PROBE_OUT (portable,
// unlike /usr/bin/time -v). A run started from the start-up snapshot is two processes (bin/ and the
// `node --snapshot-blob` child it waits for); each writes its line.
const { appendFileSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  const out = { pid: process.pid, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS };
  appendFileSync(process.env.MULTIVECTOR_PROBE_OUT, JSON.stringify(out) + '\n');
});
