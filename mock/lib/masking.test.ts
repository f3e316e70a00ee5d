import { maskBankCard, maskCreditCode, maskIdNumber, maskMobile, maskName, maskPlate } from './masking'

describe('masking', () => {
  it('masks Chinese names but the surname', () => {
    expect(maskName('王大友')).toBe('*大友')
    expect(maskName('李娜')).toBe('*娜')
    expect(maskName('欧阳娜娜')).toBe('*阳娜娜')
    expect(maskName('王')).toBe('*')
    expect(maskName('')).toBe('')
    expect(maskName('𠀾大友')).toBe('*大友') // a character outside the BMP counts as one
  })

  it('masks ID numbers and credit codes to first and last character', () => {
    expect(maskIdNumber('33010619870515105X')).toBe('3****************X')
    expect(maskCreditCode('91330106MA2H3Q7K4P')).toBe('9****************P')
    expect(maskIdNumber('12')).toBe('**')
  })

  it('masks mobiles as 137****9050', () => {
    expect(maskMobile('13757179050')).toBe('137****9050')
    expect(maskMobile('057112345')).toBe('057***345')
    expect(maskMobile('12')).toBe('**')
  })

  it('masks plates and bank cards', () => {
    expect(maskPlate('浙A1255T')).toBe('浙A**55T')
    expect(maskPlate('浙AD12345')).toBe('浙A***345') // new-energy plates have 8 characters
    expect(maskBankCard('6222 0212 3456 7890')).toBe('****7890')
  })
})
