// `npm run lockfile:complete`: adds package-lock.json entries for optional platform binaries
// (darwin, win32, other CPUs) that npm left out because the registry it used did not serve them.
// Without those entries `npm ci` refuses the lock file as out of sync, on every machine. Each
// entry carries the os/cpu/libc npm uses to skip it elsewhere; the version comes from the parent.
import { readFileSync, writeFileSync } from "node:fs";
const file = process.argv[2] ?? "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8"));
const pkgs = lock.packages;
const OS = { darwin: "darwin", win32: "win32", linux: "linux", android: "android", freebsd: "freebsd", openharmony: "openharmony", wasm32: null };
const CPUS = ["arm64", "x64", "ia32", "arm", "ppc64", "s390x", "riscv64", "loong64", "wasm32"];
function platformOf(name) {
  const tail = name.split("/").pop();
  const parts = tail.split("-");
  const os = parts.find((p) => p in OS && OS[p]);
  const cpu = parts.find((p) => CPUS.includes(p));
  const libc = parts.some((p) => p.startsWith("musl")) ? "musl" : parts.some((p) => p.startsWith("gnu")) ? "glibc" : null;
  return { os, cpu, libc };
}
let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    const nested = `${path}/node_modules/${dep}`;
    if (pkgs[key] || pkgs[nested]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!cpu) { console.error("unknown platform for", dep); continue; }
    const e = { version, cpu: [cpu], optional: true };
    if (os) e.os = [os];
    if (libc && os === "linux") e.libc = [libc];
    if (entry.dev) e.dev = true;
    pkgs[key] = e;
    added++;

  }
}
const sorted = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
console.log(`package-lock.json: added ${added} optional platform entries`);
