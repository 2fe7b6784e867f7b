/** Reminder lead times as the buyer types them: "7d, 3d, 1d, 12h" ⇄ hours. */
export function formatLeadTimes(hours: readonly number[]): string {
  return hours.map((h) => (h % 24 === 0 ? `${h / 24}d` : `${h}h`)).join(', ');
}

export function parseLeadTimes(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const hours: number[] = [];
  for (const part of parts) {
    const m = /^(\d+(?:\.\d+)?)\s*(d|days?|h|hours?)$/.exec(part);
    if (!m) return null;
    const n = Number(m[1]) * (m[2]!.startsWith('d') ? 24 : 1);
    if (!Number.isInteger(n) || n <= 0) return null;
    hours.push(n);
  }
  return [...new Set(hours)].sort((a, b) => b - a);
}
