// 加处罚款 at the boundaries (行政处罚法 art. 72): 15 free days, then 3% per day, capped at the fine.
import { addDays, daysBetween, lateSurcharge } from './late-surcharge'

const receivedOn = '2025-01-01'
const at = (elapsed: number, fineFen = 20000) => lateSurcharge({ fineFen, receivedOn, today: addDays(receivedOn, elapsed) })

describe('lateSurcharge', () => {
  it('is free on the day of receipt and for 15 days after it', () => {
    for (const elapsed of [0, 1, 14, 15]) {
      expect(at(elapsed)).toEqual({
        fineFen: 20000,
        surchargeFen: 0,
        totalFen: 20000,
        overdueDays: 0,
        dailyIncreaseFen: 600,
        capped: false,
        nextIncreaseOn: '2025-01-17',
        capReachedOn: '2025-02-19',
        surchargeStartsOn: '2025-01-17',
      })
    }
  })

  it('charges 3% of the fine per day from the 16th day, growing tomorrow', () => {
    expect(at(16)).toMatchObject({ surchargeFen: 600, totalFen: 20600, overdueDays: 1, capped: false, nextIncreaseOn: '2025-01-18' })
    expect(at(17)).toMatchObject({ surchargeFen: 1200, totalFen: 21200, overdueDays: 2, nextIncreaseOn: '2025-01-19' })
    expect(at(20)).toMatchObject({ surchargeFen: 3000, overdueDays: 5 })
    expect(at(48)).toMatchObject({ surchargeFen: 19800, overdueDays: 33, capped: false, nextIncreaseOn: '2025-02-19' })
  })

  it('never exceeds the fine: capped from the 34th charged day, and stays there', () => {
    expect(at(49)).toMatchObject({ surchargeFen: 20000, totalFen: 40000, overdueDays: 34, capped: true, nextIncreaseOn: null })
    expect(at(49).capReachedOn).toBe(addDays(receivedOn, 49))
    expect(at(400)).toMatchObject({ surchargeFen: 20000, totalFen: 40000, overdueDays: 385, capped: true, nextIncreaseOn: null })
  })

  it('rounds down to the 分 (in the payer’s favour) for odd fines', () => {
    expect(at(16, 20001)).toMatchObject({ surchargeFen: 600, dailyIncreaseFen: 600 })
    expect(at(48, 20001)).toMatchObject({ surchargeFen: 19800, capped: false })
    expect(at(49, 20001)).toMatchObject({ surchargeFen: 20001, capped: true })
    expect(at(18, 3333)).toMatchObject({ surchargeFen: 299, dailyIncreaseFen: 99 })
    // 5 分: 3% rounds down to 0 until the 7th charged day; nextIncreaseOn says when it really grows.
    expect(at(16, 5)).toMatchObject({ surchargeFen: 0, dailyIncreaseFen: 0, nextIncreaseOn: addDays(receivedOn, 22) })
    expect(at(22, 5)).toMatchObject({ surchargeFen: 1 })
    expect(at(49, 5)).toMatchObject({ surchargeFen: 5, capped: true, nextIncreaseOn: null })
    expect(at(30, 0)).toMatchObject({ surchargeFen: 0, totalFen: 0, capped: true, nextIncreaseOn: null })
  })

  it('counts calendar days across months, leap days and years', () => {
    expect(daysBetween('2024-02-20', '2024-03-07')).toBe(16)
    expect(lateSurcharge({ fineFen: 10000, receivedOn: '2024-02-20', today: '2024-03-07' })).toMatchObject({ overdueDays: 1, surchargeFen: 300 })
    expect(lateSurcharge({ fineFen: 10000, receivedOn: '2024-12-20', today: '2025-01-05' })).toMatchObject({
      overdueDays: 1,
      surchargeStartsOn: '2025-01-05',
    })
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01')
  })
})
