import type { DomainModule } from '../../http/types'
import { migrate } from './schema'

// Case routes, seeds, lookup and ratings land with the "Case status and ratings" issue; the table
// and createCase() exist first because other services open cases.
export const casesDomain: DomainModule = { name: 'cases', migrate, seed: () => {}, routes: async () => {} }
