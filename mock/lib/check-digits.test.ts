import { creditCodeCheckChar, isValidCreditCode, withCreditCheckChar } from './credit-code'
import { idNumberCheckChar, isValidIdNumber, withIdCheckChar } from './id-number'

describe('ID number check digit (GB 11643)', () => {
  it('computes the check character, including X', () => {
    // The standard's own example: 11010519491231002X.
    expect(idNumberCheckChar('11010519491231002')).toBe('X')
    expect(withIdCheckChar('33010619870515105')).toBe('33010619870515105X')
  })

  it('validates format, date and check character', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true)
    expect(isValidIdNumber('110105194912310021')).toBe(false) // wrong check character
    expect(isValidIdNumber('11010519490231002X'.slice(0, 17) + idNumberCheckChar('11010519490231002'))).toBe(false) // 31 Feb
    expect(isValidIdNumber('1101051949123100')).toBe(false)
    expect(() => idNumberCheckChar('abc')).toThrow()
  })
})

describe('unified social credit code check character (GB 32100)', () => {
  it('accepts a known-valid code and rejects a changed one', () => {
    const code = withCreditCheckChar('91330106MA2H3Q7K4')
    expect(isValidCreditCode(code)).toBe(true)
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0')
    expect(isValidCreditCode(wrong)).toBe(false)
    expect(isValidCreditCode('91330106MA2H3Q7K4I')).toBe(false) // I is not in the alphabet
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3') // published example 91350100M000100Y43
  })
})
