/** The machine line of the report: CPU, cores, Chromium, Node, date and load. */
import { cpus, loadavg } from 'node:os';

/** What the numbers were measured on. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  chromium: string;
  node: string;
  date: string;
  /** 1-minute load average at the start and at the end of the run (other work on the machine). */
  loadStart: number;
  loadEnd: number;
}

/** Load average now (1 minute). */
export function currentLoad(): number {
  return loadavg()[0] ?? Number.NaN;
}

/** Describes this machine; `chromium` from `browser.version()`. */
export function machineInfo(chromium: string, loadStart: number): MachineInfo {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    chromium,
    node: process.version,
    date: new Date().toISOString(),
    loadStart,
    loadEnd: currentLoad(),
  };
}

/** One line: "AMD EPYC, 2 cores · Chromium 150… · Node v20… · 2026-… · load 3.1 → 4.2". */
export function formatMachine(info: MachineInfo): string {
  const load = `load average ${info.loadStart.toFixed(1)} → ${info.loadEnd.toFixed(1)}`;
  return `${info.cpu}, ${info.cores} cores · Chromium ${info.chromium} · Node ${info.node} · ${info.date} · ${load}`;
}
