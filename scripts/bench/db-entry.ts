// Bundled by scripts/bench/db.mjs into a page: the real repository, next to nothing else.
import { openLeadTrailDb } from '../../lib/db/open';
import { personKeys } from '../../lib/db/keys';
import { Repository } from '../../lib/db/repository';

Object.assign(globalThis, { leadtrailDb: { openLeadTrailDb, personKeys, Repository } });
