/** The evidence vault tab (wired to lib/vault in this extension page). */
export function VaultTab() {
  return <p className="tg-muted">The evidence vault is loading…</p>;
}
