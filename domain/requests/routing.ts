import type { CompoundRouting, RequestLocation } from './types'

/** The grid whose buildings contain the location's building, if any. */
export function gridForLocation(compound: CompoundRouting, location: RequestLocation | undefined): CompoundRouting['grids'][number] | undefined {
  const building = location?.building
  if (!building) return undefined
  return compound.grids.find((g) => g.buildings.includes(building))
}

/**
 * Who handles a new request by default: the first worker of the grid responsible for the
 * location's building; else the first worker of the preferred grid (e.g. the group's grid); else the
 * first worker of any grid; else the compound's duty worker; else nobody (an admin assigns it).
 */
export function pickOwner(
  compound: CompoundRouting,
  location: RequestLocation | undefined,
  preferredGridCode?: string,
): { ownerId?: string; gridCode?: string } {
  const byBuilding = gridForLocation(compound, location)
  const preferred = preferredGridCode ? compound.grids.find((g) => g.code === preferredGridCode) : undefined
  const grid = byBuilding ?? preferred
  const gridCode = grid?.code
  if (grid?.workerIds[0]) return { ownerId: grid.workerIds[0], gridCode }
  const anyGrid = compound.grids.find((g) => g.workerIds.length > 0)
  if (anyGrid) return { ownerId: anyGrid.workerIds[0], gridCode: gridCode ?? anyGrid.code }
  return { ownerId: compound.dutyWorkerId, gridCode }
}
