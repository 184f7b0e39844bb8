// The two kinds of record the store keeps on the state branch (docs/architecture.md#state-repo-layout): where each
// lives (`releases/<id>.yaml`, `promotions/<id>.yaml`), the schema it is checked against and how it is written as
// YAML. Reading (record-store-read.ts) and writing (record-store-write.ts) are the same for both kinds.
import { PROMOTIONS_DIR, promotionFile, RELEASES_DIR, releaseFile } from '../domain/layout.js';
import type { PromotionRecord, ReleaseRecord } from '../domain/model.js';
import { promotionToYaml, releaseToYaml } from './record-yaml.js';
import type { SchemaName } from './schema-validate.js';

export interface RecordKind<T extends { id: string }> {
  name: 'release' | 'promotion';
  dir: string;
  file: (id: string) => string;
  schema: SchemaName;
  toYaml: (record: T) => string;
}

/** What reading needs of a kind (writing also needs toYaml). */
export type KindInfo = Pick<RecordKind<{ id: string }>, 'name' | 'dir' | 'file' | 'schema'>;

export const RELEASE: RecordKind<ReleaseRecord> = {
  name: 'release',
  dir: RELEASES_DIR,
  file: releaseFile,
  schema: 'release',
  toYaml: releaseToYaml,
};

export const PROMOTION: RecordKind<PromotionRecord> = {
  name: 'promotion',
  dir: PROMOTIONS_DIR,
  file: promotionFile,
  schema: 'promotion',
  toYaml: promotionToYaml,
};
