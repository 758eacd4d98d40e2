// Preloaded (--require) into each timed run of 05-startup.mjs: when the process exits, writes its own CPU
// time and peak RSS to the file named by MULTIVECTOR_PROBE_OUT (portable, unlike /usr/bin/time -v).
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  const out = { cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS };
  writeFileSync(process.env.MULTIVECTOR_PROBE_OUT, JSON.stringify(out));
});
