// Removes dist/ before a build, so files whose sources were deleted or excluded do not linger in it.
// Plain Node rather than `rm -rf`, so `npm run build` works the same on Windows.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
