// Service halls (政务服务中心 / 办事大厅) per city: reference data shared by the services that send
// people to a hall (appointments book a slot there; certificate applications offer pick-up there).
// Names follow the real pattern (市民中心, 区县政务服务中心); addresses, phones and coordinates are
// fictional but placed in the right district. Coordinates are GCJ-02, as mini-program maps expect.

export interface Hall {
  /** Stable id, e.g. 'hall-330100-1'. */
  id: string
  cityCode: string
  name: string
  district: string
  address: string
  latitude: number
  longitude: number
  phone: string
  /** Opening hours on working days, CST, 'HH:mm'. Halls are closed on weekends and holidays. */
  opens: string
  closes: string
}

/** Telephone area codes of the 11 cities. */
const AREA_CODES: Record<string, string> = {
  '330100': '0571', '330200': '0574', '330300': '0577', '330400': '0573', '330500': '0572', '330600': '0575',
  '330700': '0579', '330800': '0570', '330900': '0580', '331000': '0576', '331100': '0578',
}

type Row = [district: string, name: string, address: string, latitude: number, longitude: number]

const ROWS: Record<string, Row[]> = {
  '330100': [
    ['上城区', '杭州市民中心行政服务大厅', '上城区解放东路18号市民中心C座', 30.2453, 120.2106],
    ['拱墅区', '拱墅区政务服务中心', '拱墅区湖州街136号', 30.3192, 120.1418],
    ['西湖区', '西湖区政务服务中心', '西湖区文二西路858号', 30.2805, 120.0982],
  ],
  '330200': [
    ['鄞州区', '宁波市民服务中心', '鄞州区宁穿路1901号', 29.8683, 121.5887],
    ['海曙区', '海曙区政务服务中心', '海曙区南苑街1号', 29.8589, 121.5412],
  ],
  '330300': [
    ['鹿城区', '温州市民中心', '鹿城区市府路500号', 27.9958, 120.6994],
    ['瓯海区', '瓯海区政务服务中心', '瓯海区娄桥街道古岸头路1号', 27.9676, 120.6211],
  ],
  '330400': [
    ['南湖区', '嘉兴市民服务中心', '南湖区广益路1055号', 30.7461, 120.7669],
    ['秀洲区', '秀洲区政务服务中心', '秀洲区中山西路2000号', 30.7719, 120.7093],
  ],
  '330500': [
    ['吴兴区', '湖州市民服务中心', '吴兴区金盖山路66号', 30.8747, 120.0862],
    ['南浔区', '南浔区政务服务中心', '南浔区人瑞路299号', 30.8707, 120.4177],
  ],
  '330600': [
    ['越城区', '绍兴市行政服务中心', '越城区洋江西路589号', 30.0111, 120.5705],
    ['柯桥区', '柯桥区政务服务中心', '柯桥区鉴湖路1588号', 30.0817, 120.4932],
  ],
  '330700': [
    ['婺城区', '金华市民服务中心', '婺城区双溪西路151号', 29.0828, 119.6418],
    ['金东区', '金东区政务服务中心', '金东区光南路688号', 29.0990, 119.6927],
  ],
  '330800': [
    ['柯城区', '衢州市民中心', '柯城区西安路8号', 28.9701, 118.8599],
    ['衢江区', '衢江区政务服务中心', '衢江区振兴东路199号', 28.9797, 118.9573],
  ],
  '330900': [
    ['定海区', '舟山市行政服务中心', '定海区临城街道新城翁山路555号', 30.0136, 122.1926],
    ['普陀区', '普陀区政务服务中心', '普陀区东港街道兴港路17号', 29.9542, 122.3026],
  ],
  '331000': [
    ['椒江区', '台州市民服务中心', '椒江区市府大道366号', 28.6561, 121.4207],
    ['黄岩区', '黄岩区政务服务中心', '黄岩区劳动北路118号', 28.6496, 121.2613],
  ],
  '331100': [
    ['莲都区', '丽水市行政服务中心', '莲都区丽阳街639号', 28.4559, 119.9218],
    ['青田县', '青田县政务服务中心', '青田县鹤城街道行政中心', 28.1394, 120.2897],
  ],
}

export const HALLS: readonly Hall[] = Object.entries(ROWS).flatMap(([cityCode, rows]) =>
  rows.map(([district, name, address, latitude, longitude], index) => ({
    id: `hall-${cityCode}-${index + 1}`,
    cityCode,
    name,
    district,
    address,
    latitude,
    longitude,
    phone: `${AREA_CODES[cityCode]}-8${index + 1}012345`.slice(0, 13),
    opens: '09:00',
    closes: '17:00',
  })),
)

export function hallsOf(cityCode: string): Hall[] {
  return HALLS.filter((hall) => hall.cityCode === cityCode)
}

export function hallById(id: string): Hall | undefined {
  return HALLS.find((hall) => hall.id === id)
}
