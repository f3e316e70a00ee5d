// The two national check characters, computed once (contract/rules) for the app and the sandbox.
import { checkCreditCode, creditCodeCheckChar, isValidCreditCode, withCreditCheckChar } from './credit-code'
import { checkIdNumber, idNumberCheckChar, isValidIdNumber, withIdCheckChar } from './id-number'
import * as rules from './index'
import { checkIdNumber as formCheckIdNumber } from './validators'

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

describe('one implementation of each check', () => {
  it('the form validator is the GB 11643 check itself', () => {
    expect(formCheckIdNumber).toBe(checkIdNumber)
    expect(rules.checkIdNumber).toBe(checkIdNumber)
  })

  it('GB 11643: known-valid numbers pass, every single-character change of the check character fails', () => {
    for (const valid of ['11010519491231002X', '510108199003074513', '33010619870515105X']) {
      expect([valid, checkIdNumber(valid)]).toEqual([valid, null])
      expect(isValidIdNumber(valid)).toBe(true)
      for (const other of '0123456789X'.replace(valid[17], '')) {
        const wrong = valid.slice(0, 17) + other
        expect([wrong, checkIdNumber(wrong)]).toEqual([wrong, '公民身份号码校验位不正确，请逐位核对（最后一位可能是 X）'])
      }
    }
    expect(isValidIdNumber('11010519491231002x')).toBe(false) // stored form is upper-case
    expect(checkIdNumber('11010519491231002x')).toBeNull() // typed form is normalised
  })

  it('GB 32100: known-valid codes pass, a changed character or the excluded letters fail with a Chinese message', () => {
    for (const valid of ['91350100M000100Y43', '91330106MA2H3Q7K4P']) {
      expect([valid, checkCreditCode(valid)]).toEqual([valid, null])
      expect(checkCreditCode(valid.toLowerCase().replace(/(.{4})/g, '$1 '))).toBeNull()
    }
    expect(checkCreditCode('91350100M000100Y44')).toBe('统一社会信用代码校验位不正确，请逐位核对营业执照')
    expect(checkCreditCode('91350100M000100Y4')).toBe('统一社会信用代码为 18 位，您输入了 17 位')
    expect(checkCreditCode('91350100M000100YO3')).toMatch(/不含 I、O、Z、S、V/)
    expect(checkCreditCode('')).toBe('请输入统一社会信用代码')
  })
})
