// The service items halls take appointments for, with their slot length and the places per slot
// (how many counters serve the item at once). The city's main hall (市民中心, the first hall of each
// city in mock/data/halls.ts) handles every item; district halls handle the everyday ones.
import type { Hall } from '../../../data/halls'

export interface ServiceItem {
  code: string
  name: string
  /** Letter in front of the queue number (A012). */
  queuePrefix: string
  slotMinutes: number
  capacity: number
}

export const SERVICE_ITEMS: readonly ServiceItem[] = [
  { code: 'id-card', name: '身份证办理', queuePrefix: 'A', slotMinutes: 30, capacity: 4 },
  { code: 'residence-permit', name: '居住证办理', queuePrefix: 'B', slotMinutes: 30, capacity: 3 },
  { code: 'driving-licence', name: '驾驶证业务', queuePrefix: 'C', slotMinutes: 30, capacity: 3 },
  { code: 'social-security', name: '社保业务', queuePrefix: 'D', slotMinutes: 60, capacity: 5 },
  { code: 'real-estate', name: '不动产登记', queuePrefix: 'E', slotMinutes: 60, capacity: 2 },
  { code: 'housing-fund', name: '公积金提取', queuePrefix: 'F', slotMinutes: 30, capacity: 4 },
  { code: 'exit-entry', name: '出入境证件', queuePrefix: 'G', slotMinutes: 30, capacity: 3 },
]

const DISTRICT_ITEMS = ['id-card', 'residence-permit', 'social-security', 'housing-fund']

export function serviceItem(code: string): ServiceItem | undefined {
  return SERVICE_ITEMS.find((item) => item.code === code)
}

/** The items a hall handles by default (seeded into appt_hall_services). */
export function defaultItemsOf(hall: Hall): ServiceItem[] {
  const main = hall.id.endsWith('-1')
  return SERVICE_ITEMS.filter((item) => main || DISTRICT_ITEMS.includes(item.code))
}

/** The lunch break with no slots (halls keep one window open, but appointments pause). */
export const LUNCH_BREAK = { from: '12:00', to: '13:00' } as const
