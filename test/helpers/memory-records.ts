// Release records in memory, with the record store's rules (a state changes only through the lifecycle), for tests
// whose subject is GitHub: the records are what the step claims, the simulator is what GitHub shows.
import { transition } from '../../src/domain/lifecycle.js';
import type { ReleaseRecord, ReleaseState } from '../../src/domain/model.js';
import type { RecordStorePort } from '../../src/usecases/deps.js';

export class MemoryRecords {
  readonly branch = 'gitopshq/state';
  records = new Map<string, ReleaseRecord>();
  writes = 0;

  constructor(initial: readonly ReleaseRecord[] = []) {
    for (const r of initial) this.records.set(r.id, structuredClone(r));
  }

  async listReleases(): Promise<ReleaseRecord[]> {
    return [...this.records.values()].map((r) => structuredClone(r));
  }

  async getRelease(id: string): Promise<ReleaseRecord | undefined> {
    const r = this.records.get(id);
    return r && structuredClone(r);
  }

  async createRelease(record: ReleaseRecord): Promise<ReleaseRecord> {
    if (this.records.has(record.id)) throw new Error(`release ${record.id} exists`);
    this.records.set(record.id, structuredClone(record));
    this.writes++;
    return structuredClone(record);
  }

  async updateRelease(id: string, mutate: (r: ReleaseRecord) => ReleaseRecord): Promise<ReleaseRecord> {
    const now = this.records.get(id);
    if (!now) throw new Error(`release ${id} does not exist`);
    const next = mutate(structuredClone(now));
    if (JSON.stringify(next) !== JSON.stringify(now)) {
      this.records.set(id, structuredClone(next));
      this.writes++;
    }
    return next;
  }

  async transitionRelease(
    id: string,
    to: ReleaseState,
    opts: { actor: string; note?: string; at?: Date; patch?: Partial<ReleaseRecord> },
  ): Promise<ReleaseRecord> {
    const now = this.records.get(id);
    if (!now) throw new Error(`release ${id} does not exist`);
    const next = { ...transition(now, to, opts.actor, opts.note, opts.at), ...opts.patch };
    this.records.set(id, structuredClone(next));
    this.writes++;
    return structuredClone(next);
  }

  /** As a RecordStorePort (promotions are not used by the lifecycle steps under test). */
  port(): RecordStorePort {
    return this as unknown as RecordStorePort;
  }
}
